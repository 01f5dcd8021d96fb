package org.marsad.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * HTTP for the watcher, on the JDK's HttpClient: gzip, at most {@value WatchSettings#MAX_REDIRECTS}
 * redirects (a loop is caught), a time-out on connecting and on the whole exchange, conditional
 * GET (If-None-Match, If-Modified-Since), robots.txt and the per-host gate before every request,
 * retries with exponential back-off on 5xx and time-outs, a 429's Retry-After honoured. Bodies are
 * cut at a size limit; a page that is not HTML is refused before its body is read. Every loop
 * here is bounded: by redirects, by attempts, by the longest wait allowed.
 */
final class Fetcher implements AutoCloseable {

  /** What is being fetched, which decides the types accepted and the size limit. */
  enum Kind { PAGE, LISTING, ROBOTS }

  /** The first back-off; each retry doubles it. */
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

  private final WatchSettings settings;
  private final HostGate gate;
  private final HttpClient client;
  private final Robots robots;
  private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "marsad-fetch-deadlines");
    t.setDaemon(true);
    return t;
  });

  Fetcher(WatchSettings settings) {
    this.settings = settings;
    this.gate = new HostGate(settings.politenessDelay(), settings.perHostConcurrency());
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER) // followed here: robots.txt and the gate see every hop
        .connectTimeout(settings.timeout())
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .build();
    this.robots = new Robots(this);
  }

  Robots robots() {
    return robots;
  }

  /** Fetches a URL; {@code etag} and {@code lastModified} (either may be null) make it conditional. */
  Fetched fetch(URI start, Kind kind, String etag, String lastModified) throws InterruptedException {
    URI url = start;
    Set<URI> seen = new HashSet<>();
    for (int hop = 0; hop <= WatchSettings.MAX_REDIRECTS; hop++) {
      if (!seen.add(url)) {
        return new Fetched.Failed(start, "redirect loop at " + url, false);
      }
      if (kind != Kind.ROBOTS && !robots.allows(url)) {
        return new Fetched.Failed(url, "robots.txt forbids it", false);
      }
      Attempt a = withRetries(url, kind, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
      if (a.redirect != null) {
        url = a.redirect;
        continue;
      }
      return a.result;
    }
    return new Fetched.Failed(start, "more than " + WatchSettings.MAX_REDIRECTS + " redirects", false);
  }

  private Attempt withRetries(URI url, Kind kind, String etag, String lastModified) throws InterruptedException {
    Duration backoff = FIRST_BACKOFF;
    Attempt last = null;
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      Attempt a = once(url, kind, etag, lastModified);
      last = a;
      if (a.retryAfter == null) {
        return a;
      }
      Duration wait = a.retryAfter.isZero() ? backoff : a.retryAfter;
      if (attempt == settings.maxAttempts() || wait.compareTo(settings.maxRetryWait()) > 0) {
        break;
      }
      if (a.retryAfter.isZero()) {
        backoff = backoff.multipliedBy(2);
      }
      gate.holdUntil(url, System.nanoTime() + wait.toNanos());
    }
    return last;
  }

  /**
   * One exchange: its result, or where it redirects to; {@code retryAfter} is null when it is
   * final, zero to back off, else the wait the server asked for.
   */
  private record Attempt(Fetched result, Duration retryAfter, URI redirect) {

    Attempt(Fetched result, Duration retryAfter) {
      this(result, retryAfter, null);
    }
  }

  private Attempt once(URI url, Kind kind, String etag, String lastModified) throws InterruptedException {
    HttpRequest.Builder rb = HttpRequest.newBuilder(url)
        .timeout(settings.timeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept-Encoding", "gzip")
        .header("Accept", switch (kind) {
          case PAGE -> "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
          case LISTING -> "application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9,*/*;q=0.1";
          case ROBOTS -> "text/plain,*/*;q=0.1";
        })
        .GET();
    if (etag != null) {
      rb.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      rb.header("If-Modified-Since", lastModified);
    }
    gate.acquire(url);
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    try {
      HttpResponse<InputStream> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream raw = r.body()) {
        return answer(url, kind, r, raw, deadline);
      }
    } catch (HttpTimeoutException e) {
      return new Attempt(new Fetched.Failed(url, "time-out after " + settings.timeout().toMillis() + " ms", true),
          Duration.ZERO);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      boolean late = System.nanoTime() > deadline;
      return new Attempt(new Fetched.Failed(url, late ? "time-out reading the body" : "cannot fetch: " + why, true),
          Duration.ZERO);
    } finally {
      gate.release(url);
    }
  }

  private Attempt answer(URI url, Kind kind, HttpResponse<InputStream> r, InputStream raw, long deadline)
      throws IOException {
    int status = r.statusCode();
    HttpHeaders h = r.headers();
    if (status >= 300 && status < 400 && status != 304) {
      Optional<String> loc = h.firstValue("Location");
      if (loc.isEmpty()) {
        return done(new Fetched.Failed(url, "HTTP " + status + " without a Location", false));
      }
      try {
        return new Attempt(null, null, url.resolve(loc.get().strip()));
      } catch (IllegalArgumentException e) {
        return done(new Fetched.Failed(url, "HTTP " + status + " to a malformed Location", false));
      }
    }
    if (status == 304) {
      return done(new Fetched.NotModified(url));
    }
    if (status == 429) {
      Duration wait = retryAfter(h.firstValue("Retry-After").orElse(null)).orElse(Duration.ofSeconds(60));
      return new Attempt(new Fetched.Failed(url, "HTTP 429 (retry after " + wait.toSeconds() + " s)", true), wait);
    }
    if (status >= 500) {
      return new Attempt(new Fetched.Failed(url, "HTTP " + status, true), Duration.ZERO);
    }
    if (status >= 400) {
      return done(new Fetched.Failed(url, "HTTP " + status, false));
    }
    String type = h.firstValue("Content-Type").orElse("");
    String mime = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (kind == Kind.PAGE && !mime.isEmpty() && !mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
      return done(new Fetched.Failed(url, "not HTML (" + mime + "); refused", false));
    }
    int limit = kind == Kind.PAGE ? settings.maxPageBytes() : WatchSettings.MAX_LISTING_BYTES;
    InputStream in = h.firstValue("Content-Encoding").map(e -> e.strip().equalsIgnoreCase("gzip")).orElse(false)
        ? new GZIPInputStream(raw) : raw;
    // the exchange's time-out covers the headers only: a body that trickles is cut at the deadline
    long left = Math.max(1, deadline - System.nanoTime());
    ScheduledFuture<?> cutoff = deadlines.schedule(() -> {
      try {
        raw.close();
      } catch (IOException e) {
        // closing is all that is wanted
      }
    }, left, TimeUnit.NANOSECONDS);
    byte[] bytes;
    boolean cut;
    try {
      bytes = in.readNBytes(limit);
      cut = bytes.length == limit && in.read() >= 0;
    } finally {
      cutoff.cancel(false);
    }
    return done(new Fetched.Body(url, status, type, charset(type), bytes, cut, h.firstValue("ETag").orElse(null),
        h.firstValue("Last-Modified").orElse(null), Map.copyOf(h.map())));
  }

  private static Attempt done(Fetched f) {
    return new Attempt(f, null);
  }

  /** Retry-After as seconds or as an HTTP date. */
  static Optional<Duration> retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static String charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }

  @Override
  public void close() {
    deadlines.shutdownNow();
    client.shutdownNow();
  }
}
