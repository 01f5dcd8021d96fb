package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.marsad.doc.Article;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * The archive on OpenSearch open for writing. Records are sent in bulk requests of
 * {@value #BATCH} articles (or {@value #BATCH_BYTES} bytes); one request is in flight at a time and
 * an analysis thread that fills the next batch waits for it, so a slow cluster slows ingest rather
 * than filling memory. A request the cluster cannot take (it is down, or answers 429 or 5xx) is
 * sent again after a growing pause; when the tries run out, the writer fails with a
 * {@link StoreException} that says what to do, and every later call fails the same way. The
 * article id is the document id and OpenSearch keeps a bulk it acknowledged, so the next run
 * skips what was stored ({@link #holds}) and stores the rest, nothing twice.
 */
final class OpenSearchWriter implements StoreWriter {

  static final int BATCH = 500;
  static final long BATCH_BYTES = 8_000_000;

  /** How often and how patiently a request is sent again. */
  record Retry(int tries, Duration firstPause, Duration longestPause) {

    static final Retry DEFAULT = new Retry(8, Duration.ofMillis(250), Duration.ofSeconds(8));

    Duration pause(int attempt) {
      long ms = firstPause.toMillis() << Math.min(attempt, 20);
      return Duration.ofMillis(Math.min(ms, longestPause.toMillis()));
    }
  }

  /** An article waiting to be sent, with the documents of its events and quotations. */
  private record Pending(String id, String source, ObjectNode document, List<OpenSearchIndex.Doc> units, long bytes) {}

  private final OpenSearchIndex os;
  private final Retry retry;
  private final Object lock = new Object();
  private List<Pending> filling = new ArrayList<>();
  private long fillingBytes;
  private final Semaphore sending = new Semaphore(1);
  private volatile StoreException failed;
  /** An index empty when opened holds nothing of an earlier run: no need to ask. */
  private final boolean emptyAtOpen;

  OpenSearchWriter(OpenSearchIndex os) throws StoreException {
    this(os, Retry.DEFAULT);
  }

  OpenSearchWriter(OpenSearchIndex os, Retry retry) throws StoreException {
    this.os = os;
    this.retry = retry;
    String index = os.store.index();
    this.emptyAtOpen = os.call("counting the articles", () -> os.client.count(c -> c.index(index))).count() == 0;
  }

  @Override
  public boolean holds(String readKey) throws IOException {
    failIfFailed();
    if (emptyAtOpen) {
      return false;
    }
    String index = os.store.index();
    return os.call("looking up an earlier run's input", () -> os.client.count(c -> c.index(index)
        .query(q -> q.term(t -> t.field("read").value(FieldValue.of(readKey)))))).count() > 0;
  }

  @Override
  public void add(Article article, String readKey) throws IOException {
    failIfFailed();
    ObjectNode d = OpenSearchIndex.document(article, readKey);
    List<OpenSearchIndex.Doc> units = OpenSearchIndex.units(article);
    long bytes = 2L * (article.text().length() + 1024L) + 1024L * units.size();
    List<Pending> full = null;
    synchronized (lock) {
      filling.add(new Pending(article.id(), Keys.source(article.source()), d, units, bytes));
      fillingBytes += bytes;
      if (filling.size() >= BATCH || fillingBytes >= BATCH_BYTES) {
        full = take();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  private List<Pending> take() {
    List<Pending> batch = filling;
    filling = new ArrayList<>();
    fillingBytes = 0;
    return batch;
  }

  /** Sends what is waiting and makes every article sent so far searchable. */
  @Override
  public void commit() throws IOException {
    failIfFailed();
    List<Pending> rest;
    synchronized (lock) {
      rest = take();
    }
    send(rest);
    String index = os.store.index();
    withRetries("making the stored articles searchable", () -> {
      os.client.indices().refresh(r -> r.index(index));
      return true;
    });
  }

  @Override
  public long size() throws IOException {
    commit();
    String index = os.store.index();
    return os.call("counting the articles", () -> os.client.count(c -> c.index(index)
        .query(q -> q.term(t -> t.field("kind").value(FieldValue.of(Schema.ARTICLE)))))).count();
  }

  /** One batch at a time: the article that filled the next waits here. */
  private void send(List<Pending> batch) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    try {
      sending.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to send articles to OpenSearch", e);
    }
    try {
      failIfFailed();
      replaceFromTheSamePlace(batch);
      List<List<Pending>> todo = new ArrayList<>(List.of(batch));
      withRetries("storing " + batch.size() + " articles", () -> {
        todo.set(0, bulk(todo.get(0)));
        return todo.get(0).isEmpty();
      });
    } catch (StoreException e) {
      failed = e;
      throw e;
    } finally {
      sending.release();
    }
  }

  /**
   * An earlier article from the same place as one of the batch, under another id (the page
   * changed), is deleted first, with its events and quotations, and so are events and quotations
   * of the batch's articles that their new versions no longer have: a run stopped between the two
   * requests has lost nothing the next run does not store again.
   */
  private void replaceFromTheSamePlace(List<Pending> batch) throws StoreException {
    List<FieldValue> sources = batch.stream().map(p -> FieldValue.of(p.source())).distinct().toList();
    List<FieldValue> articles = batch.stream().map(p -> FieldValue.of(p.id())).distinct().toList();
    List<String> ids = new ArrayList<>();
    for (Pending p : batch) {
      ids.add(p.id());
      p.units().forEach(u -> ids.add(u.id()));
    }
    List<String> kept = ids.stream().distinct().toList();
    String index = os.store.index();
    withRetries("replacing changed articles", () -> {
      os.client.deleteByQuery(d -> d.index(index).conflicts(org.opensearch.client.opensearch._types.Conflicts.Proceed)
          .query(q -> q.bool(b -> b.minimumShouldMatch("1")
              .should(f -> f.terms(t -> t.field("source").terms(v -> v.value(sources))))
              .should(f -> f.terms(t -> t.field("of").terms(v -> v.value(articles))))
              .mustNot(n -> n.ids(i -> i.values(kept))))));
      return true;
    });
  }

  /** One bulk request; returns the articles to send again (the cluster was too busy for them). */
  private List<Pending> bulk(List<Pending> batch) throws IOException {
    String index = os.store.index();
    List<BulkOperation> ops = new ArrayList<>();
    List<Pending> of = new ArrayList<>();
    for (Pending p : batch) {
      // the article last: holds() finds it only once its events and quotations went before it
      for (OpenSearchIndex.Doc u : p.units()) {
        ops.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(u.id()).document(u.source()))));
        of.add(p);
      }
      ops.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(p.id()).document(p.document()))));
      of.add(p);
    }
    BulkResponse r = os.client.bulk(b -> b.operations(ops));
    if (!r.errors()) {
      return List.of();
    }
    Map<String, Pending> again = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < r.items().size(); i++) {
      BulkResponseItem item = r.items().get(i);
      if (item.error() == null) {
        continue;
      }
      if (item.status() == 429 || item.status() >= 500) {
        again.put(of.get(i).id(), of.get(i));
      } else {
        refused.add(item.id() + " (" + item.error().type() + ": " + item.error().reason() + ")");
      }
    }
    if (!refused.isEmpty()) {
      throw new StoreException(StoreException.Reason.REJECTED, "OpenSearch refused " + refused.size() + " of the "
          + ops.size() + " documents of " + batch.size() + " articles, the first " + refused.get(0) + "; the index " + os.store
          + " may have been changed by hand: let Marsad make a new one (name another index in --store)");
    }
    return List.copyOf(again.values());
  }

  /** One try of a request: true when done, false when part of it is to be sent again. */
  private interface Attempt {
    boolean run() throws IOException;
  }

  /**
   * Tries a request until it is done, pausing longer each time; a refusal (4xx) is not tried
   * again, and tries run out as an {@link StoreException.Reason#UNREACHABLE} failure.
   */
  private void withRetries(String what, Attempt attempt) throws StoreException {
    long started = System.nanoTime();
    Exception last = null;
    for (int n = 0; n < retry.tries(); n++) {
      if (n > 0) {
        try {
          Thread.sleep(retry.pause(n - 1).toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      try {
        if (attempt.run()) {
          return;
        }
        last = new IOException("the cluster was too busy to take every article (429)");
      } catch (OpenSearchException e) {
        if (e.status() != 429 && e.status() < 500) {
          throw os.refused(what, e);
        }
        last = e;
      } catch (StoreException e) {
        throw e;
      } catch (IOException e) {
        last = e;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    StoreException e = new StoreException(StoreException.Reason.UNREACHABLE, String.format(java.util.Locale.ROOT,
        "%s; gave up after %d tries over %.0f s. What was stored before stays stored: start OpenSearch again and run"
            + " the same ingest, which stores the rest and nothing twice", os.unreachable(what, last).getMessage(),
        retry.tries(), seconds), last);
    failed = e;
    throw e;
  }

  private void failIfFailed() throws StoreException {
    StoreException f = failed;
    if (f != null) {
      throw new StoreException(f.reason(), f.getMessage(), f);
    }
  }

  /** Sends what is waiting, as the embedded store commits on close; then lets the connection go. */
  @Override
  public void close() throws IOException {
    try (os) {
      if (failed == null) {
        commit();
      }
    }
  }
}
