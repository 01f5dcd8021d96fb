package org.marsad.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Store;
import org.marsad.store.StoreWriter;
import org.marsad.watch.Alerts;
import org.marsad.watch.ArticleStore;
import org.marsad.watch.Round;
import org.marsad.watch.WatchSettings;
import org.marsad.watch.Watcher;

/**
 * Figures for {@code marsad watch} on this machine, against sites served on 127.0.0.1 (nothing
 * leaves the loopback): pages a second fetched, read, analysed and stored from four hosts with no
 * politeness delay; and the heap after each of many rounds over one feed of many items, which
 * should stay flat. Run by {@code ./marsad bench-watch [PAGES] [ROUNDS] [ITEMS]}.
 */
public final class WatchBench {

  private WatchBench() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int items = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    Pipeline pipeline = Pipeline.standard();
    Path tmp = Files.createTempDirectory("marsad-watch-bench");
    List<HttpServer> hosts = new ArrayList<>();
    try {
      for (int h = 0; h < 4; h++) {
        hosts.add(site(h, pages / 4, 1500));
      }
      WatchSettings s = WatchSettings.defaults().withPoliteness(Duration.ZERO, 4).withRecheck(Duration.ZERO);
      List<String> feeds = hosts.stream().map(h -> base(h) + "/feed.xml").toList();
      try (StoreWriter archive = Store.at(tmp.resolve("a").toString()).openWriter();
          Watcher w = new Watcher(s, tmp.resolve("a.watch"), ArticleStore.of(archive), pipeline, Alerts.NONE)) {
        Round r = w.round(feeds);
        System.out.printf(Locale.ROOT, "4 hosts, delay 0: %d pages fetched, read, analysed and stored in %.1f s: %.1f pages/s"
            + " (%s)%n", r.total().fetched(), r.seconds(), r.total().fetched() / r.seconds(), Round.line(r.total()));
      }
      HttpServer big = site(9, items, 300);
      try (StoreWriter archive = Store.at(tmp.resolve("b").toString()).openWriter();
          Watcher w = new Watcher(s, tmp.resolve("b.watch"), ArticleStore.of(archive), pipeline, Alerts.NONE)) {
        List<String> feed = List.of(base(big) + "/feed.xml");
        for (int n = 1; n <= rounds; n++) {
          Round r = w.round(feed);
          if (n == 1 || n == 2 || n % 10 == 0) {
            System.out.printf(Locale.ROOT, "round %3d: %s; %.2f s; heap after GC %.1f MB%n", n, Round.line(r.total()),
                r.seconds(), heapAfterGc());
          }
        }
      } finally {
        big.stop(0);
      }
    } finally {
      hosts.forEach(h -> h.stop(0));
      try (var walk = Files.walk(tmp)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String base(HttpServer s) {
    return "http://127.0.0.1:" + s.getAddress().getPort();
  }

  /** A site with a feed of {@code n} articles of some {@code chars} characters, from the benchmark sentences. */
  private static HttpServer site(int id, int n, int chars) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    String base = "http://127.0.0.1:" + s.getAddress().getPort();
    StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>bench</title><link>" + base + "/</link><description>bench</description>");
    for (int i = 0; i < n; i++) {
      feed.append("<item><title>").append(i).append("</title><link>").append(base).append("/news/").append(i)
          .append("</link></item>");
    }
    byte[] feedBytes = feed.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    String text = BenchText.arabicNews(chars);
    s.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      byte[] body;
      String type;
      if (path.equals("/feed.xml")) {
        body = feedBytes;
        type = "application/rss+xml";
      } else if (path.equals("/robots.txt")) {
        body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
        type = "text/plain";
      } else {
        body = ("<html><head><meta charset=\"utf-8\"><meta property=\"og:title\" content=\"خبر رقم " + path.substring(6)
            + " من الموقع " + id + "\"></head><body><article><p>" + path + " " + text.replace("\n\n", "</p><p>")
            + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        type = "text/html; charset=utf-8";
      }
      x.getResponseHeaders().set("Content-Type", type);
      x.sendResponseHeaders(200, body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    });
    s.start();
    return s;
  }

  private static double heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
  }
}
