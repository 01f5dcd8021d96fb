package org.marsad.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.marsad.doc.Article;
import org.marsad.ingest.ArticleList;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

/**
 * Watches sources in rounds. A round reads every source (a feed or sitemap URL, or a file
 * listing such URLs), fetches the pages that are new to it, that the listing says changed, or
 * that are young enough to be checked again, reads and analyses them, and stores what is new or
 * changed. The order of writing makes a crash harmless: the archive commits first, then the
 * state records what the commit holds; a page whose record did not reach the state is fetched
 * again, found in the archive, and stored no second time.
 */
public final class Watcher implements AutoCloseable {

  /** Child sitemaps read from one sitemap index. */
  private static final int MAX_CHILD_SITEMAPS = 500;
  /** Pages listed by one source that are read in one round. */
  private static final int MAX_LISTED = 100_000;
  /** Pages fetched at once, over all hosts (the per-host cap is the gate's). */
  private static final int IN_FLIGHT = 32;

  private final WatchSettings settings;
  private final ArticleStore store;
  private final Pipeline pipeline;
  private final Alerts alerts;
  private final Fetcher fetcher;
  private final WatchState state;
  private final ArticleReader reader = new ArticleReader();
  private final WarcOut warc;
  /** Per listing URL: its validators and what it listed, for a listing that answers 304. */
  private final Map<URI, Listed> listings = new HashMap<>();
  private final Semaphore analysing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

  private record Listed(String etag, String lastModified, List<Listing.Item> items) {}

  public Watcher(WatchSettings settings, Path stateDir, ArticleStore store, Pipeline pipeline, Alerts alerts)
      throws IOException {
    this.settings = settings;
    this.store = store;
    this.pipeline = pipeline;
    this.alerts = alerts;
    this.state = WatchState.open(stateDir);
    this.fetcher = new Fetcher(settings);
    this.warc = settings.warcOut() == null ? null : new WarcOut(settings.warcOut());
  }

  /** Where the state of the archive in {@code index} lives. */
  public static Path stateFolder(Path index) {
    return WatchState.folderFor(index);
  }

  /** One round over the sources. */
  public Round round(List<String> sources) throws IOException, InterruptedException {
    long started = System.nanoTime();
    fetcher.robots().forget();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    Map<String, Round.Counts> hosts = new ConcurrentHashMap<>();
    Map<URI, Listing.Item> listed = new LinkedHashMap<>();
    for (URI source : expand(sources, problems)) {
      for (Listing.Item item : list(source, hosts, problems)) {
        listed.putIfAbsent(item.url(), item);
      }
    }
    long now = System.currentTimeMillis();
    List<Listing.Item> todo = new ArrayList<>();
    List<WatchState.Entry> queued = new ArrayList<>();
    for (Listing.Item item : listed.values()) {
      Optional<WatchState.Entry> e = state.get(item.url().toString());
      if (e.isEmpty()) {
        queued.add(new WatchState.Entry(item.url().toString(), null, null, millis(item.lastModified()), null, null,
            now, 0));
        todo.add(item);
      } else if (due(e.get(), item, now)) {
        todo.add(item);
      }
    }
    // a page queued by a run that was killed, and listed no more, is still read
    Set<URI> listedUrls = listed.keySet();
    for (WatchState.Entry e : state.all()) {
      if (!e.stored()) {
        uri(e.url()).filter(u -> !listedUrls.contains(u)).ifPresent(u -> todo.add(new Listing.Item(u, null)));
      }
    }
    state.put(queued);

    Batch batch = new Batch(hosts, problems);
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> running = new ArrayList<>();
      for (Listing.Item item : todo) {
        inFlight.acquire();
        running.add(pool.submit(() -> {
          try {
            page(item, batch);
          } finally {
            inFlight.release();
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          problems.add("watch: " + c);
          if (c instanceof IOException io) {
            throw io; // the archive or the state cannot be written: stop rather than lose track
          }
        }
      }
    }
    batch.flush();
    return new Round(hosts, problems, (System.nanoTime() - started) / 1e9);
  }

  /** Whether a page seen before is fetched again: its listing says it changed, or it is young. */
  private boolean due(WatchState.Entry e, Listing.Item item, long now) {
    if (!e.stored()) {
      return true;
    }
    Long listedAt = millis(item.lastModified());
    if (listedAt != null && (e.listed() == null || listedAt > e.listed())) {
      return true;
    }
    return !settings.recheck().isZero() && now - e.first() < settings.recheck().toMillis();
  }

  private static Long millis(Instant t) {
    return t == null ? null : t.toEpochMilli();
  }

  /** The URLs the sources name: each a URL, or a file with one URL a line ({@code #} begins a comment). */
  private List<URI> expand(List<String> sources, List<String> problems) {
    Set<URI> out = new LinkedHashSet<>();
    for (String s : sources) {
      Optional<URI> u = uri(s);
      if (u.isPresent()) {
        out.add(u.get());
        continue;
      }
      Path file = Path.of(s);
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String l = line.strip();
          if (l.isEmpty() || l.startsWith("#")) {
            continue;
          }
          uri(l).ifPresentOrElse(out::add, () -> problems.add(s + ": not an http(s) URL: " + l));
        }
      } catch (IOException e) {
        problems.add(s + ": neither a URL nor a readable file (" + e.getMessage() + ")");
      }
    }
    return List.copyOf(out);
  }

  static Optional<URI> uri(String s) {
    try {
      URI u = new URI(s.strip());
      String scheme = u.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && u.getHost() != null ? Optional.of(u.normalize()) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** What a feed or sitemap lists, following a sitemap index one level down. */
  private List<Listing.Item> list(URI source, Map<String, Round.Counts> hosts, List<String> problems)
      throws InterruptedException {
    List<Listing.Item> items = new ArrayList<>();
    List<URI> children = listOne(source, items, hosts, problems);
    int n = 0;
    for (URI child : children) {
      if (++n > MAX_CHILD_SITEMAPS) {
        problems.add(source + ": sitemap index lists more than " + MAX_CHILD_SITEMAPS + " sitemaps; the rest wait");
        break;
      }
      listOne(child, items, hosts, problems); // an index inside an index is not followed
    }
    if (items.size() > MAX_LISTED) {
      problems.add(source + ": lists " + items.size() + " pages; the first " + MAX_LISTED + " are read");
      return items.subList(0, MAX_LISTED);
    }
    return items;
  }

  private List<URI> listOne(URI url, List<Listing.Item> into, Map<String, Round.Counts> hosts,
      List<String> problems) throws InterruptedException {
    Listed before = listings.get(url);
    Fetched f = fetcher.fetch(url, Fetcher.Kind.LISTING, before == null ? null : before.etag(),
        before == null ? null : before.lastModified());
    String host = HostGate.host(url);
    switch (f) {
      case Fetched.NotModified n -> {
        if (before != null) {
          into.addAll(before.items());
        }
        return List.of();
      }
      case Fetched.Failed failed -> {
        count(hosts, host, new Round.Counts(0, 0, 0, 0, 1));
        problems.add(url + ": " + failed.why());
        if (before != null) {
          into.addAll(before.items()); // what it listed last time is still worth reading
        }
        return List.of();
      }
      case Fetched.Body b -> {
        Listing.Read read = Listing.read(b.url(), b.bytes(), b.contentType());
        if (b.cut()) {
          problems.add(url + ": listing larger than " + WatchSettings.MAX_LISTING_BYTES + " bytes; read in part");
        }
        if (read.problem() != null) {
          count(hosts, host, new Round.Counts(0, 0, 0, 0, 1));
          problems.add(url + ": " + read.problem());
        }
        listings.put(url, new Listed(b.etag(), b.lastModified(), List.copyOf(read.items())));
        into.addAll(read.items());
        return read.sitemaps();
      }
    }
  }

  /** Fetches, reads and stores one page. */
  private void page(Listing.Item item, Batch batch) throws IOException, InterruptedException {
    String url = item.url().toString();
    String host = HostGate.host(item.url());
    Optional<WatchState.Entry> before = state.get(url);
    boolean stored = before.map(WatchState.Entry::holdsArticle).orElse(false);
    Fetched f = fetcher.fetch(item.url(), Fetcher.Kind.PAGE, stored ? before.get().etag() : null,
        stored ? before.get().lastModified() : null);
    long now = System.currentTimeMillis();
    long first = before.map(WatchState.Entry::first).orElse(now);
    switch (f) {
      case Fetched.NotModified n -> {
        WatchState.Entry e = before.get();
        batch.seen(host, new WatchState.Entry(url, e.etag(), e.lastModified(), listed(item, e), e.readKey(), e.id(),
            first, now));
      }
      case Fetched.Failed failed -> {
        batch.failed(host, url + ": " + failed.why());
        if (!failed.retryLater() && before.map(e -> !e.stored()).orElse(true)) {
          // gone, forbidden or not a page: asked for again only when its listing says it changed
          batch.record(new WatchState.Entry(url, null, null, listed(item, before.orElse(null)), "", null, first, now));
        }
      }
      case Fetched.Body b -> {
        if (warc != null) {
          warc.write(item.url(), b);
        }
        ArticleList page = new ArticleList();
        reader.readPage(url, b.bytes(), b.charset(), page);
        List<RawArticle> read = page.articles();
        List<String> why = page.problems();
        if (read.isEmpty()) {
          batch.failed(host, url + ": " + (why.isEmpty() ? "no article" : String.join("; ", why)), b);
          return;
        }
        RawArticle raw = read.get(0);
        String key = store.readKey(raw);
        WatchState.Entry entry = new WatchState.Entry(url, b.etag(), b.lastModified(),
            listed(item, before.orElse(null)), key, null, first, now);
        if (stored && key.equals(before.get().readKey())) {
          batch.seen(host, new WatchState.Entry(url, b.etag(), b.lastModified(), entry.listed(), key,
              before.get().id(), first, now));
          return;
        }
        boolean recovered = !stored && store.holds(key); // stored by a run killed before it wrote the state
        analysing.acquire();
        Article article;
        try {
          article = pipeline.analyze(raw);
        } finally {
          analysing.release();
        }
        if (!recovered) {
          store.add(article, key);
        }
        WatchState.Entry done = new WatchState.Entry(url, b.etag(), b.lastModified(), entry.listed(), key, article.id(),
            first, now);
        batch.stored(host, done, article, recovered ? Change.RECOVERED : stored ? Change.CHANGED : Change.NEW, b);
      }
    }
  }

  private static Long listed(Listing.Item item, WatchState.Entry before) {
    Long l = millis(item.lastModified());
    return l != null ? l : before == null ? null : before.listed();
  }

  enum Change { NEW, CHANGED, RECOVERED }

  /**
   * The pages of a round on their way to the state: a stored page is recorded only after the
   * archive's commit that holds it, then alerted.
   */
  private final class Batch {
    private final Map<String, Round.Counts> hosts;
    private final List<String> problems;
    private final List<WatchState.Entry> pending = new ArrayList<>();
    private final List<Article> fresh = new ArrayList<>();
    private int added;

    Batch(Map<String, Round.Counts> hosts, List<String> problems) {
      this.hosts = hosts;
      this.problems = problems;
    }

    void seen(String host, WatchState.Entry e) {
      count(hosts, host, new Round.Counts(1, 0, 0, 1, 0));
      synchronized (this) {
        pending.add(e);
      }
    }

    synchronized void record(WatchState.Entry e) {
      pending.add(e);
    }

    void failed(String host, String why, Fetched.Body... body) {
      count(hosts, host, new Round.Counts(body.length, 0, 0, 0, 1));
      problems.add(why);
    }

    void stored(String host, WatchState.Entry e, Article a, Change change, Fetched.Body body) throws IOException {
      count(hosts, host, new Round.Counts(1, change == Change.NEW ? 1 : 0, change == Change.CHANGED ? 1 : 0,
          change == Change.RECOVERED ? 1 : 0, 0));
      synchronized (this) {
        pending.add(e);
        fresh.add(a);
        if (++added % settings.commitEvery() == 0) {
          flush();
        }
      }
    }

    /** Commits the archive, then records the state, then sends the alerts. */
    synchronized void flush() throws IOException {
      if (!fresh.isEmpty()) {
        store.commit();
      }
      state.put(pending);
      pending.clear();
      if (!fresh.isEmpty()) {
        alerts.send(List.copyOf(fresh), problems);
        fresh.clear();
      }
    }
  }

  private static void count(Map<String, Round.Counts> hosts, String host, Round.Counts c) {
    hosts.merge(host, c, Round.Counts::plus);
  }

  @Override
  public void close() throws IOException {
    fetcher.close();
    try {
      if (warc != null) {
        warc.close();
      }
    } finally {
      state.close();
    }
  }
}
