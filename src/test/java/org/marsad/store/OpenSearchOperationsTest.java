package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Article;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.ArticleId;
import org.marsad.pipeline.Pipeline;

/**
 * The OpenSearch store as an operator meets it: the same answers as the embedded store on the
 * same analysed articles, a node stopped in the middle of an ingest, and the errors that say
 * what to do when the cluster cannot be used.
 */
class OpenSearchOperationsTest {

  @TempDir
  Path tmp;

  @Test
  void bothStoresGiveTheSameHitsAndCountsForTheSameArticles() throws IOException {
    SampleCorpus corpus = new SampleCorpus(5);
    Pipeline pipeline = Pipeline.standard();
    List<Article> records = new ArrayList<>();
    for (int n = 0; n < 120; n++) {
      records.add(pipeline.analyze(corpus.article(n)));
    }
    Store lucene = Store.at(tmp.resolve("lucene").toString());
    Store opensearch = OpenSearchNode.store("parity");
    for (Store s : List.of(lucene, opensearch)) {
      try (StoreWriter w = s.openWriter()) {
        for (Article a : records) {
          w.add(a, a.id());
        }
        w.commit();
      }
    }
    List<String> words = corpus.vocabulary();
    Random random = new Random(3);
    List<SearchRequest> requests = new ArrayList<>(List.of(SearchRequest.of("").orderBy(Order.NEWEST).limit(20),
        SearchRequest.of("").orderBy(Order.OLDEST).page(10, 10), SearchRequest.of("").and(Dimension.OUTLET, "RT"),
        SearchRequest.of("").between("2017", "2018-06").orderBy(Order.OLDEST)));
    for (int i = 0; i < 25; i++) {
      SearchRequest r = SearchRequest.of(words.get(random.nextInt(words.size())));
      requests.add(i % 5 == 0 ? r.and(Dimension.YEAR, String.valueOf(2015 + random.nextInt(10))) : r);
    }
    try (StoreReader a = lucene.openReader(); StoreReader b = opensearch.openReader()) {
      assertThat(b.size()).isEqualTo(a.size()).isEqualTo(records.size());
      for (SearchRequest r : requests) {
        Page<Hit> x = a.search(r);
        Page<Hit> y = b.search(r);
        assertThat(y.total()).as(r.toString()).isEqualTo(x.total());
        assertThat(ids(y)).as(r.toString()).isEqualTo(ids(x));
        assertThat(y.items()).extracting(h -> Set.copyOf(h.alsoIn())).as(r.toString())
            .isEqualTo(x.items().stream().map(h -> Set.copyOf(h.alsoIn())).toList());
        assertThat(b.facets(r, 5)).as(r.toString()).isEqualTo(a.facets(r, 5));
        assertThat(b.histogram(r, Interval.MONTH)).as(r.toString()).isEqualTo(a.histogram(r, Interval.MONTH));
      }
      assertThat(b.stats(5)).isEqualTo(a.stats(5));
      assertThat(b.stories(SearchRequest.of("").limit(50))).hasSameSizeAs(a.stories(SearchRequest.of("").limit(50)));
      Page<EventHit> events = a.events(EventRequest.any().page(0, 20));
      assertThat(events.total()).isPositive();
      assertThat(b.events(EventRequest.any().page(0, 20))).isEqualTo(events);
      String type = events.items().get(0).event().type();
      assertThat(b.events(EventRequest.any().type(type))).isEqualTo(a.events(EventRequest.any().type(type)));
      assertThat(b.quotations(QuoteRequest.by(null).page(0, 30))).isEqualTo(a.quotations(QuoteRequest.by(null).page(0, 30)));
    }
  }

  private static List<String> ids(Page<Hit> page) {
    return page.items().stream().map(h -> h.article().id()).toList();
  }

  /** Articles as read, without analysis: what the writer is sent does not matter here, only that it arrives once. */
  private static List<Article> plain(int count) {
    SampleCorpus corpus = new SampleCorpus(9);
    List<Article> out = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      RawArticle raw = corpus.article(n);
      out.add(new Article(ArticleId.of(raw.text()), raw.source(), raw.given().title(), raw.given().published(),
          List.of(raw.given().outlet()), null, "ar", raw.text(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of()));
    }
    return out;
  }

  @Test
  void anIngestCutShortByAStoppedNodeFailsClearlyAndTheNextRunCompletesIt() throws IOException {
    List<Article> articles = plain(OpenSearchWriter.BATCH * 2 + 100);
    OpenSearchStore store = (OpenSearchStore) OpenSearchNode.store("cut-short");
    OpenSearchWriter.Retry quick = new OpenSearchWriter.Retry(4, Duration.ofMillis(100), Duration.ofMillis(400));
    StoreException failure = null;
    int added = 0;
    try (OpenSearchWriter w = new OpenSearchWriter(OpenSearchIndex.forWriting(store), quick)) {
      for (Article a : articles) {
        if (added == OpenSearchWriter.BATCH + 7) {
          OpenSearchNode.stop(); // one bulk request went through; the next finds no node
        }
        try {
          w.add(a, a.id());
          added++;
        } catch (StoreException e) {
          failure = e;
          break;
        }
      }
      assertThat(failure).as("the writer noticed the node was gone").isNotNull();
      assertThat(failure.reason()).isEqualTo(StoreException.Reason.UNREACHABLE);
      assertThat(failure.getMessage()).contains("does not answer").contains("4 tries")
          .contains("start OpenSearch again and run the same ingest");
      Article next = articles.get(added + 1);
      assertThatThrownBy(() -> w.add(next, next.id())).isInstanceOf(StoreException.class);
    } finally {
      OpenSearchNode.start();
    }
    assertThat(added).isLessThan(articles.size());

    int held = 0;
    try (StoreWriter w = store.openWriter()) {
      for (Article a : articles) {
        if (w.holds(a.id())) {
          held++;
        } else {
          w.add(a, a.id());
        }
      }
      w.commit();
    }
    assertThat(held).as("the batch acknowledged before the stop was kept").isGreaterThanOrEqualTo(OpenSearchWriter.BATCH);
    try (StoreReader r = store.openReader()) {
      assertThat(r.size()).as("every article once").isEqualTo(articles.size());
      Set<String> ids = new HashSet<>();
      r.forEach(SearchRequest.of(""), a -> ids.add(a.id()));
      assertThat(ids).hasSize(articles.size());
    }
  }

  @Test
  void theCommandLineRunsOnTheClusterAndASecondIngestChangesNothing() throws IOException {
    String where = OpenSearchNode.url() + "/cli";
    List<String> ingest = new ArrayList<>(List.of("ingest", "--store", where));
    try (var files = Files.list(Path.of("samples"))) {
      files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted()
          .map(Path::toString).forEach(ingest::add);
    }
    Cli.Run first = Cli.run(ingest.toArray(String[]::new));
    assertThat(first.status()).as(first.stderr()).isZero();
    assertThat(first.stderr()).contains("4 stored, 0 unchanged, 0 skipped").contains("holds 4");
    Cli.Run again = Cli.run(ingest.toArray(String[]::new));
    assertThat(again.stderr()).contains("0 stored, 4 unchanged, 0 skipped").contains("holds 4");

    Cli.Run search = Cli.run("search", "الروبل", "--store", where);
    assertThat(search.stdout()).startsWith("1. 2024-10-14  سبوتنيك").contains("[بالروبل]");
    assertThat(Cli.run("stats", "--store", where).stdout()).contains("articles:   4");
    Cli.Run csv = Cli.run("export", "--format", "csv", "--outlet", "سبوتنيك", "--store", where);
    assertThat(csv.stderr()).contains("export: 1 articles as csv");
  }

  @Test
  void aClusterThatDoesNotAnswerIsSaidInOneLine() {
    Cli.Run r = Cli.run("search", "كلمة", "--store", "http://127.0.0.1:1/marsad");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.stderr()).contains("search: OpenSearch at http://127.0.0.1:1 does not answer")
        .contains("check the address given with --store").doesNotContain("Exception:");
  }

  @Test
  void aMissingIndexOrOneMarsadDidNotMakeIsNamed() throws IOException {
    assertThatThrownBy(() -> OpenSearchNode.store("nothing-here").openReader()).isInstanceOfSatisfying(StoreException.class,
        e -> assertThat(e.getMessage()).contains("no archive here").contains("marsad ingest PATH --store"));
    OpenSearchNode.runner().createIndex("foreign", (org.opensearch.common.settings.Settings) null);
    assertThatThrownBy(() -> OpenSearchNode.store("foreign").openWriter()).isInstanceOfSatisfying(StoreException.class, e -> {
      assertThat(e.reason()).isEqualTo(StoreException.Reason.INCOMPATIBLE);
      assertThat(e.getMessage()).contains("an index Marsad did not make").contains("name another index");
    });
  }

  @Test
  void anotherKindOrVersionOfClusterIsRefused() throws IOException {
    String elasticsearch = """
        {"name":"n","cluster_name":"c","cluster_uuid":"u","tagline":"You Know, for Search",
         "version":{"number":"7.10.2","build_flavor":"default","build_type":"tar","build_hash":"h",
         "build_date":"2021-01-13T00:42:12Z","build_snapshot":false,"lucene_version":"8.7.0",
         "minimum_wire_compatibility_version":"6.8.0","minimum_index_compatibility_version":"6.0.0-beta1"}}""";
    try (FakeCluster es = new FakeCluster(path -> path.equals("/") ? new Answer(200, elasticsearch) : new Answer(404, "{}"))) {
      assertThatThrownBy(() -> Store.at(es.url() + "/marsad").openWriter()).isInstanceOfSatisfying(StoreException.class, e -> {
        assertThat(e.reason()).isEqualTo(StoreException.Reason.INCOMPATIBLE);
        assertThat(e.getMessage()).contains("OpenSearch 2 or newer");
      });
    }
  }

  @Test
  void aMappingTheClusterRefusesIsExplained() throws IOException {
    String opensearch = """
        {"name":"n","cluster_name":"c","cluster_uuid":"u","tagline":"The OpenSearch Project: https://opensearch.org/",
         "version":{"distribution":"opensearch","number":"2.19.1","build_type":"tar","build_hash":"h",
         "build_date":"2025-01-01T00:00:00Z","build_snapshot":false,"lucene_version":"9.12.1",
         "minimum_wire_compatibility_version":"7.10.0","minimum_index_compatibility_version":"7.0.0"}}""";
    String refusal = """
        {"error":{"root_cause":[],"type":"mapper_parsing_exception",
         "reason":"Failed to parse mapping [_doc]: analyzer [arabic] has not been configured in mappings"},"status":400}""";
    try (FakeCluster cluster = new FakeCluster(path -> path.equals("/") ? new Answer(200, opensearch)
        : path.equals("/marsad") ? new Answer(400, refusal) : new Answer(404, "{}"))) {
      assertThatThrownBy(() -> Store.at(cluster.url() + "/marsad").openWriter()).isInstanceOfSatisfying(StoreException.class, e -> {
        assertThat(e.reason()).isEqualTo(StoreException.Reason.REJECTED);
        assertThat(e.getMessage()).contains("refused Marsad's mapping").contains("analyzer [arabic] has not been configured")
            .contains("analysis-common");
      });
    }
  }

  private record Answer(int status, String body) {}

  /** An HTTP server on loopback that answers every request by its path, as a cluster of another kind would. */
  private static final class FakeCluster implements AutoCloseable {
    private final HttpServer server;

    FakeCluster(Function<String, Answer> answers) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> {
        Answer a = answers.apply(exchange.getRequestURI().getPath());
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(a.status(), head ? -1 : body.length);
        if (!head) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
        exchange.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
