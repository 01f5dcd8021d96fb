package org.marsad.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.doc.Article;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.Store;
import org.marsad.store.StoreReader;
import org.marsad.store.StoreWriter;
import org.marsad.store.Summary;

/**
 * Alerts by search: each new batch of articles goes into a scratch archive of its own, and every
 * alert's request (words and filters, as {@code marsad search} reads them) runs over it, so an
 * alert matches exactly what the same search would find. A match is one JSON line appended to a
 * file, or POSTed to a webhook URL. A file is read at start, so that an article is written to it
 * once even when a killed watcher reads it again; a webhook may hear of it twice then.
 */
public final class SearchAlerts implements Alerts {

  /** One alert: its name, the search, and where matches go (a file, or an http(s) URL). */
  public record Alert(String name, SearchRequest request, String target) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WEBHOOK_ATTEMPTS = 3;

  private final List<Alert> alerts;
  private final Path scratch;
  private final Set<String> written = new HashSet<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public SearchAlerts(List<Alert> alerts, Path scratch) throws IOException {
    this.alerts = List.copyOf(alerts);
    this.scratch = scratch;
    for (Alert a : alerts) {
      if (!webhook(a)) {
        Path file = Path.of(a.target());
        if (Files.exists(file)) {
          try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(l -> {
              try {
                var n = JSON.readTree(l);
                written.add(n.path("alert").asText() + "\u0000" + n.path("id").asText());
              } catch (IOException e) {
                // a line cut by a crash: its article is written again
              }
            });
          }
        }
      }
    }
  }

  private static boolean webhook(Alert a) {
    return a.target().startsWith("http://") || a.target().startsWith("https://");
  }

  @Override
  public synchronized void send(List<Article> fresh, List<String> problems) {
    if (alerts.isEmpty() || fresh.isEmpty()) {
      return;
    }
    try {
      delete(scratch);
      Store store = Store.at(scratch.toString());
      try (StoreWriter a = store.openWriter()) {
        for (Article article : fresh) {
          a.add(article, article.id());
        }
        a.commit();
      }
      try (StoreReader s = store.openReader()) {
        for (Alert alert : alerts) {
          for (Hit h : s.search(alert.request().limit(fresh.size())).items()) {
            deliver(alert, h, problems);
          }
        }
      }
      delete(scratch);
    } catch (IOException | RuntimeException e) {
      problems.add("alerts: " + e);
    }
  }

  private void deliver(Alert alert, Hit hit, List<String> problems) throws IOException {
    Summary a = hit.article();
    ObjectNode n = JSON.createObjectNode();
    n.put("alert", alert.name());
    n.put("id", a.id());
    n.put("url", a.source());
    n.put("title", a.title());
    n.put("published", a.published());
    n.put("outlet", a.outlet());
    n.put("snippet", hit.snippet());
    n.put("matched", Instant.now().toString());
    String line = JSON.writeValueAsString(n);
    if (webhook(alert)) {
      post(alert, line, problems);
      return;
    }
    if (written.add(alert.name() + "\u0000" + a.id())) {
      Path file = Path.of(alert.target());
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }
  }

  private void post(Alert alert, String json, List<String> problems) {
    HttpRequest req = HttpRequest.newBuilder(URI.create(alert.target()))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    String why = null;
    for (int attempt = 1; attempt <= WEBHOOK_ATTEMPTS; attempt++) {
      try {
        HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() < 300) {
          return;
        }
        why = "HTTP " + r.statusCode();
        if (r.statusCode() < 500) {
          break;
        }
      } catch (IOException e) {
        why = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        why = "interrupted";
        break;
      }
      try {
        Thread.sleep(500L << attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    problems.add("alert " + alert.name() + ": webhook " + alert.target() + " failed: " + why);
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
