package org.marsad.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.store.Dimension;
import org.marsad.store.SampleCorpus;
import org.marsad.store.SearchRequest;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoreReader;
import org.marsad.web.LoadBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench}: ingest throughput on a generated corpus ({@link SampleCorpus}) and search
 * latency over random queries drawn from its words, a quarter of them with a filter.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures ingest (articles a second) and search latency (p50, p99) on a generated corpus.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "articles generated (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "searches timed (default: ${DEFAULT-VALUE})")
  int queries;

  @Option(names = "--threads", paramLabel = "N", description = "articles analysed at once (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"--store", "--keep"}, paramLabel = "WHERE",
      description = "build the archive here and keep it: a new folder or a new OpenSearch index, http://host:9200/bench"
          + " (default: a temporary folder, removed)")
  String keep;

  @Option(names = "--searches-on", paramLabel = "WHERE",
      description = "only time searches, on this archive built by an earlier bench --store")
  String searchesOn;

  @Option(names = "--web", description = "also time marsad serve on loopback: /api/search, the entity page, first-paint sizes")
  boolean web;

  @Option(names = "--web-clients", paramLabel = "N", defaultValue = "8", description = "concurrent clients of --web (default: ${DEFAULT-VALUE})")
  int webClients;

  @Option(names = "--web-requests", paramLabel = "N", defaultValue = "4000",
      description = "searches --web sends in all (default: ${DEFAULT-VALUE}; a fifth as many entity pages)")
  int webRequests;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || queries < 1 || threads < 1 || webClients < 1 || webRequests < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--articles, --queries, --threads, --web-clients and --web-requests must be at least 1");
    }
    SampleCorpus corpus = new SampleCorpus(7);
    if (searchesOn != null) {
      timeSearches(Store.at(searchesOn), corpus);
      return 0;
    }
    Store store;
    try {
      store = keep == null ? null : Store.at(keep);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (store != null && holds(store) > 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), store + " already holds articles; name a new folder or index");
    }
    Path work = Files.createTempDirectory("marsad-bench");
    try {
      Path input = work.resolve("corpus.jsonl");
      long t0 = System.nanoTime();
      corpus.writeJsonl(input, articles);
      System.out.printf(Locale.ROOT, "generated %d articles (%.1f MB of JSONL) in %.1f s%n", articles,
          Files.size(input) / 1e6, (System.nanoTime() - t0) / 1e9);

      if (store == null) {
        store = Store.at(work.resolve("index").toString());
      }
      IngestCommand.Result r = IngestCommand.ingest(List.of(input.toString()), store, threads, 5000, false, false);
      System.out.printf(Locale.ROOT, "ingest into %s: %d articles in %.1f s on %d threads: %.0f articles/s (analysis, indexing,"
          + " commits); the archive holds %d%n", store, r.stored(), r.seconds(), threads, r.stored() / r.seconds(), r.held());
      System.out.printf(Locale.ROOT, "  of which waiting on the store: %.1f s of thread time, %.1f ms an article%n",
          r.storeSeconds(), 1000 * r.storeSeconds() / Math.max(1, r.stored()));

      timeSearches(store, corpus);
    } finally {
      try (Stream<Path> s = Files.walk(work)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }

  /** Articles an existing store holds; none when there is no archive there yet. */
  private static long holds(Store store) throws IOException {
    try (StoreReader r = store.openReader()) {
      return r.size();
    } catch (StoreException e) {
      if (e.reason() == StoreException.Reason.MISSING) {
        return 0;
      }
      throw e;
    }
  }

  private void timeSearches(Store store, SampleCorpus corpus) throws IOException {
    try (StoreReader searcher = store.openReader()) {
      List<String> words = corpus.vocabulary();
      Random random = new Random(11);
      for (int i = 0; i < Math.min(100, queries); i++) {
        searcher.search(query(words, random)); // warm-up, not timed
      }
      long[] nanos = new long[queries];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < queries; i++) {
        SearchRequest q = query(words, random);
        long s = System.nanoTime();
        searcher.search(q);
        nanos[i] = System.nanoTime() - s;
      }
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      Arrays.sort(nanos);
      // CPU time too: on a shared machine wall time measures the neighbours as much as the search
      System.out.printf(Locale.ROOT, "search: %d queries on %d articles (top 10, highlighted, copies grouped): p50 %.2f ms,"
          + " p99 %.2f ms, mean %.2f ms; CPU %.2f ms a search%n", queries, searcher.size(), nanos[queries / 2] / 1e6,
          nanos[Math.min(queries - 1, (int) (queries * 0.99))] / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6,
          cpu / 1e6 / queries);
      if (web) {
        LoadBench.run(searcher, words, webClients, webRequests, System.out);
      }
    }
  }

  /** One or two words of the corpus; one query in four filtered by outlet or years. */
  private static SearchRequest query(List<String> words, Random r) {
    String q = words.get(r.nextInt(words.size())) + (r.nextBoolean() ? " " + words.get(r.nextInt(words.size())) : "");
    SearchRequest req = SearchRequest.of(q);
    return switch (r.nextInt(8)) {
      case 0 -> req.and(Dimension.OUTLET, "RT");
      case 1 -> req.between("2017", "2019");
      default -> req;
    };
  }
}
