package org.marsad.watch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a watcher behaves on the web. {@code contact} (an e-mail or a URL) goes into the
 * User-Agent so that a site's operator can reach whoever runs it; {@code warcOut} is null when
 * no WARC copy is kept; {@code recheck} is how long after first seeing a page it is fetched
 * again (conditionally) to catch corrections, zero for never; {@code commitEvery} how many stored
 * pages the archive commits at a time within a round.
 */
public record WatchSettings(
    String contact,
    Duration politenessDelay,
    int perHostConcurrency,
    Duration timeout,
    int maxAttempts,
    Duration maxRetryWait,
    int maxPageBytes,
    Duration recheck,
    Path warcOut,
    int commitEvery) {

  /** A page is cut at this size. */
  public static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;
  /** A feed or sitemap is read up to this size (the sitemap protocol's own limit). */
  public static final int MAX_LISTING_BYTES = 50 * 1024 * 1024;
  /** Redirects followed for one request. */
  public static final int MAX_REDIRECTS = 5;

  public WatchSettings {
    if (perHostConcurrency < 1 || maxAttempts < 1 || maxPageBytes < 1 || commitEvery < 1) {
      throw new IllegalArgumentException("concurrency, attempts, page size and commit interval are at least 1");
    }
  }

  /** The defaults: one second between requests to a host, two at once, 30 s time-out, 3 attempts. */
  public static WatchSettings defaults() {
    return new WatchSettings(null, Duration.ofSeconds(1), 2, Duration.ofSeconds(30), 3, Duration.ofMinutes(2),
        MAX_PAGE_BYTES, Duration.ofHours(6), null, 200);
  }

  public WatchSettings withContact(String c) {
    return new WatchSettings(c, politenessDelay, perHostConcurrency, timeout, maxAttempts, maxRetryWait, maxPageBytes,
        recheck, warcOut, commitEvery);
  }

  public WatchSettings withPoliteness(Duration delay, int concurrency) {
    return new WatchSettings(contact, delay, concurrency, timeout, maxAttempts, maxRetryWait, maxPageBytes, recheck,
        warcOut, commitEvery);
  }

  public WatchSettings withTimeout(Duration t, int attempts, Duration retryWait) {
    return new WatchSettings(contact, politenessDelay, perHostConcurrency, t, attempts, retryWait, maxPageBytes,
        recheck, warcOut, commitEvery);
  }

  public WatchSettings withRecheck(Duration r) {
    return new WatchSettings(contact, politenessDelay, perHostConcurrency, timeout, maxAttempts, maxRetryWait,
        maxPageBytes, r, warcOut, commitEvery);
  }

  public WatchSettings withWarcOut(Path dir) {
    return new WatchSettings(contact, politenessDelay, perHostConcurrency, timeout, maxAttempts, maxRetryWait,
        maxPageBytes, recheck, dir, commitEvery);
  }

  public WatchSettings withCommitEvery(int n) {
    return new WatchSettings(contact, politenessDelay, perHostConcurrency, timeout, maxAttempts, maxRetryWait,
        maxPageBytes, recheck, warcOut, n);
  }

  /** "Marsad/VERSION (+CONTACT)": who is asking, and how to reach them. */
  public String userAgent() {
    String v = WatchSettings.class.getPackage().getImplementationVersion();
    return "Marsad/" + (v == null ? "dev" : v) + " (Arabic news reader; +" + (contact == null || contact.isBlank()
        ? "https://github.com/marsad" : contact.strip()) + ")";
  }
}
