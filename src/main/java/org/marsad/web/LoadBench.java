package org.marsad.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.zip.GZIPOutputStream;
import org.marsad.store.Count;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreReader;

/**
 * A bounded load generator for {@code marsad bench --web}: starts the server on a free loopback
 * port over an archive, then {@code clients} threads each send a fixed number of requests, one
 * at a time, and every latency is kept: p50, p99 and throughput for {@code /api/search}, the
 * entity page and {@code /api/entities}. Also the first-paint size of each page: its HTML and
 * the style sheet it waits for, gzipped as served (scripts are deferred: they do not hold the
 * first paint, and are counted apart). Traffic stays on 127.0.0.1 and stops by itself.
 */
public final class LoadBench {

  /** No phase runs longer than this, whatever the counts asked. */
  private static final Duration PHASE_LIMIT = Duration.ofMinutes(3);

  private final WebServer server;
  private final StoreReader reader;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private LoadBench(StoreReader reader) {
    this.reader = reader;
    this.server = WebServer.start(reader, Optional.empty(), WebServer.Options.loopback(0));
  }

  /** Runs every phase on the archive {@code reader} reads and prints the figures. */
  public static void run(StoreReader reader, List<String> words, int clients, int requests, PrintStream out)
      throws IOException {
    LoadBench bench = new LoadBench(reader);
    try {
      bench.all(words, clients, requests, out);
    } finally {
      bench.server.close();
    }
  }

  private void all(List<String> words, int clients, int requests, PrintStream out) throws IOException {
    String base = "http://127.0.0.1:" + server.port();
    List<String> entities = reader.stats(40).entities().stream().map(Count::label).toList();
    if (entities.isEmpty()) {
      throw new IllegalStateException("the archive names no entity: nothing to time on the entity page");
    }
    IntFunction<String> search = seed -> {
      Random r = new Random(seed);
      String q = words.get(r.nextInt(words.size())) + (r.nextBoolean() ? " " + words.get(r.nextInt(words.size())) : "");
      String filter = switch (r.nextInt(8)) {
        case 0 -> "&outlet=RT";
        case 1 -> "&from=2017&to=2019";
        default -> "";
      };
      return base + "/api/search?q=" + enc(q) + filter;
    };
    IntFunction<String> entityPage = seed -> base + "/entity/" + Href.segment(entities.get(seed % entities.size()));
    IntFunction<String> entityApi = seed -> base + "/api/entities/" + Href.segment(entities.get(seed % entities.size()));

    out.printf(Locale.ROOT, "web: %d articles served on 127.0.0.1:%d; %d clients, each one request at a time%n",
        reader.size(), server.port(), clients);
    phase("warm-up (not counted)", search, clients, Math.min(requests, 400), out, false);
    phase("/api/search", search, clients, requests, out, true);
    phase("/entity/{id} (page)", entityPage, clients, Math.max(clients, requests / 5), out, true);
    phase("/api/entities/{id}", entityApi, clients, Math.max(clients, requests / 5), out, true);
    firstPaint(base, words, out);
  }

  private void phase(String name, IntFunction<String> urls, int clients, int requests, PrintStream out, boolean print) {
    long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
    long[] nanos = new long[requests];
    int[] statuses = new int[requests];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long cpu = processCpu();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(pool.submit(() -> {
          for (int i = client; i < requests && System.nanoTime() < deadline; i += clients) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(urls.apply(i * 7919 + 13))).timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", "identity").GET().build();
            long t = System.nanoTime();
            try {
              HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
              statuses[i] = r.statusCode();
            } catch (IOException e) {
              statuses[i] = -1;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            nanos[i] = System.nanoTime() - t;
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(name + ": the load generator failed", e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    cpu = processCpu() - cpu;
    long[] timed = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
    long failed = Arrays.stream(statuses).filter(s -> s != 0 && s != 200).count();
    if (print && timed.length > 0) {
      out.printf(Locale.ROOT, "%-22s %5d requests in %5.1f s (%.0f/s): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
          + " %d not 200; CPU %.1f ms a request%n", name, timed.length, seconds, timed.length / seconds, pct(timed, 0.50),
          pct(timed, 0.90), pct(timed, 0.99), timed[timed.length - 1] / 1e6, failed, cpu / 1e6 / timed.length);
    }
  }

  /**
   * CPU time of this whole process, server and clients (and collector) alike: on a shared
   * machine a steadier measure than wall time, which counts the neighbours' work too.
   */
  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * p))] / 1e6;
  }

  /** The bytes a browser fetches before it can paint each page: HTML and style sheet, gzipped as served. */
  private void firstPaint(String base, List<String> words, PrintStream out) throws IOException {
    List<Hit> one = reader.search(SearchRequest.of(words.get(0)).limit(1)).items();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("search", "/search?q=" + enc(words.get(0)));
    if (!one.isEmpty()) {
      pages.put("article", Href.article(one.get(0).article().id()));
    }
    List<Count> entities = reader.stats(1).entities();
    if (!entities.isEmpty()) {
      pages.put("entity", Href.entity(entities.get(0).label()));
    }
    pages.put("quotations", "/quotes");
    pages.put("events", "/events");
    long css = gzipped(get(base + "/assets/app.css"));
    long scripts = gzipped(get(base + "/webjars/htmx.org/2.0.4/dist/htmx.min.js")) + gzipped(get(base + "/assets/app.js"));
    long charts = gzipped(get(base + "/webjars/echarts/5.3.1/dist/echarts.min.js"))
        + gzipped(get(base + "/assets/vendor/topojson-client/topojson-client.min.js"));
    out.printf(Locale.ROOT, "first paint (HTML + app.css, gzipped; deferred scripts apart: htmx + app.js %.1f KB,"
        + " with charts + ECharts and topojson %.1f KB more, the map's shapes %.1f KB on first use):%n",
        scripts / 1024.0, charts / 1024.0, gzipped(get(base + "/map/world.json")) / 1024.0);
    for (Map.Entry<String, String> p : pages.entrySet()) {
      byte[] html = get(base + p.getValue());
      out.printf(Locale.ROOT, "  %-11s HTML %6.1f KB (%5.1f KB gzipped) + CSS %.1f KB = %.1f KB%n", p.getKey(),
          html.length / 1024.0, gzipped(html) / 1024.0, css / 1024.0, (gzipped(html) + css) / 1024.0);
    }
  }

  private byte[] get(String url) throws IOException {
    try {
      HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        return in.readAllBytes();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static long gzipped(byte[] bytes) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.size();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
