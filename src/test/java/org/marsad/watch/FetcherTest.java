package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watcher's HTTP against a site on 127.0.0.1: every misbehaviour the web has, each bounded. */
class FetcherTest {

  private final LocalWeb web;
  private final Fetcher fetcher;

  FetcherTest() throws IOException {
    web = new LocalWeb();
    web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    fetcher = new Fetcher(WatchSettings.defaults().withContact("desk@example.org")
        .withPoliteness(Duration.ZERO, 2)
        .withTimeout(Duration.ofMillis(500), 3, Duration.ofSeconds(5)));
  }

  @AfterEach
  void close() {
    fetcher.close();
    web.close();
  }

  private Fetched get(String path) throws InterruptedException {
    return fetcher.fetch(web.uri(path), Fetcher.Kind.PAGE, null, null);
  }

  @Test
  void aSlowHostTimesOutAndIsTriedAFewTimesOnly() throws Exception {
    web.route("/slow", (x, n) -> {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      LocalWeb.send(x, 200, "text/html", "<p>late</p>");
    });
    Fetched f = get("/slow");
    assertThat(f).isInstanceOf(Fetched.Failed.class);
    assertThat(((Fetched.Failed) f).why()).contains("time-out");
    assertThat(((Fetched.Failed) f).retryLater()).isTrue();
    assertThat(web.count("/slow")).isEqualTo(3);
  }

  @Test
  void aServerErrorThenSuccessGivesThePage() throws Exception {
    web.route("/flaky", (x, n) -> LocalWeb.send(x, n == 1 ? 500 : 200, "text/html", "<p>المحاولة " + n + "</p>"));
    Fetched f = get("/flaky");
    assertThat(f).isInstanceOf(Fetched.Body.class);
    assertThat(new String(((Fetched.Body) f).bytes(), StandardCharsets.UTF_8)).contains("المحاولة 2");
    assertThat(web.count("/flaky")).isEqualTo(2);
  }

  @Test
  void tooManyRequestsWaitsForRetryAfter() throws Exception {
    long[] at = new long[3];
    web.route("/busy", (x, n) -> {
      at[n] = System.nanoTime();
      if (n == 1) {
        x.getResponseHeaders().set("Retry-After", "1");
        LocalWeb.send(x, 429, "text/plain", "slow down");
      } else {
        LocalWeb.send(x, 200, "text/html", "<p>ok</p>");
      }
    });
    Fetched f = get("/busy");
    assertThat(f).isInstanceOf(Fetched.Body.class);
    assertThat(Duration.ofNanos(at[2] - at[1])).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aRetryAfterLongerThanAllowedLeavesThePageForTheNextRound() throws Exception {
    web.route("/closed", (x, n) -> {
      x.getResponseHeaders().set("Retry-After", "3600");
      LocalWeb.send(x, 429, "text/plain", "come back in an hour");
    });
    Fetched f = get("/closed");
    assertThat(f).isInstanceOf(Fetched.Failed.class);
    assertThat(((Fetched.Failed) f).retryLater()).isTrue();
    assertThat(web.count("/closed")).isEqualTo(1);
  }

  @Test
  void aRedirectLoopIsCaught() throws Exception {
    web.route("/a", (x, n) -> redirect(x, "/b"));
    web.route("/b", (x, n) -> redirect(x, "/a"));
    Fetched f = get("/a");
    assertThat(((Fetched.Failed) f).why()).contains("redirect loop");
    assertThat(web.count("/a") + web.count("/b")).isEqualTo(2);
  }

  @Test
  void aRedirectChainLongerThanFiveStops() throws Exception {
    for (int i = 0; i < 8; i++) {
      String next = "/r" + (i + 1);
      web.route("/r" + i, (x, n) -> redirect(x, next));
    }
    Fetched f = get("/r0");
    assertThat(((Fetched.Failed) f).why()).contains("more than 5 redirects");
    assertThat(web.count("/r6")).isZero();
  }

  @Test
  void aFiftyMegabytePageIsCutAtEightMegabytes() throws Exception {
    web.route("/huge", (x, n) -> {
      x.getResponseHeaders().set("Content-Type", "text/html");
      x.sendResponseHeaders(200, 50L * 1024 * 1024);
      byte[] chunk = "<p>نص طويل جدا</p>\n".repeat(4000).getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = x.getResponseBody()) {
        for (long sent = 0; sent < 50L * 1024 * 1024; sent += chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, 50L * 1024 * 1024 - sent));
        }
      }
    });
    Fetched f;
    // half a second is too short to read 8 MB on a busy machine: what is tested is the cut, not the time
    try (Fetcher patient = new Fetcher(WatchSettings.defaults().withContact("desk@example.org")
        .withPoliteness(Duration.ZERO, 2).withTimeout(Duration.ofSeconds(60), 1, Duration.ofSeconds(5)))) {
      f = patient.fetch(web.uri("/huge"), Fetcher.Kind.PAGE, null, null);
    }
    assertThat(f).isInstanceOf(Fetched.Body.class);
    Fetched.Body b = (Fetched.Body) f;
    assertThat(b.cut()).isTrue();
    assertThat(b.bytes()).hasSize(WatchSettings.MAX_PAGE_BYTES);
  }

  @Test
  void whatIsNotHtmlIsRefused() throws Exception {
    web.page("/photo.jpg", "image/jpeg", "\u00ff\u00d8\u00ff");
    Fetched f = get("/photo.jpg");
    assertThat(((Fetched.Failed) f).why()).contains("not HTML (image/jpeg)");
  }

  @Test
  void gzipIsUndoneAndAnUnchangedPageAnswers304() throws Exception {
    byte[] html = "<html><body><p>خبر مضغوط</p></body></html>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
      z.write(html);
    }
    web.route("/zipped", (x, n) -> {
      if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        return;
      }
      x.getResponseHeaders().set("Content-Encoding", "gzip");
      x.getResponseHeaders().set("ETag", "\"v1\"");
      LocalWeb.send(x, 200, "text/html; charset=utf-8", zipped.toByteArray());
    });
    Fetched.Body first = (Fetched.Body) get("/zipped");
    assertThat(first.bytes()).isEqualTo(html);
    assertThat(first.charset()).isEqualTo("utf-8");
    assertThat(fetcher.fetch(web.uri("/zipped"), Fetcher.Kind.PAGE, first.etag(), null))
        .isInstanceOf(Fetched.NotModified.class);
  }

  @Test
  void robotsTxtForbidsAPathAndTheUserAgentNamesMarsadAndItsContact() throws Exception {
    web.page("/private/memo", "text/html", "<p>سري</p>");
    web.page("/news/1", "text/html", "<p>خبر</p>");
    assertThat(((Fetched.Failed) get("/private/memo")).why()).contains("robots.txt");
    assertThat(web.count("/private/memo")).isZero();
    assertThat(get("/news/1")).isInstanceOf(Fetched.Body.class);
    assertThat(web.headers.get(web.headers.size() - 1).get("User-agent").get(0))
        .startsWith("Marsad/").contains("desk@example.org");
  }

  @Test
  void retryAfterReadsSecondsAndDates() {
    assertThat(Fetcher.retryAfter("120")).contains(Duration.ofSeconds(120));
    assertThat(Fetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
    assertThat(Fetcher.retryAfter("soon")).isEmpty();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().set("Location", to);
    x.sendResponseHeaders(302, -1);
  }
}
