package org.marsad.watch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code concurrency} requests to one host at once, and at least
 * {@code delay} between the starts of two requests to it. A host is scheme, name and port.
 */
final class HostGate {

  private final Duration delay;
  private final int concurrency;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  HostGate(Duration delay, int concurrency) {
    this.delay = delay;
    this.concurrency = concurrency;
  }

  /** The politeness key of a URL. */
  static String host(URI uri) {
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }

  /** Waits for this host's turn; the caller must {@link #release} the permit. */
  void acquire(URI uri) throws InterruptedException {
    Host h = hosts.computeIfAbsent(host(uri), k -> new Host(new Semaphore(concurrency)));
    h.permits.acquire();
    try {
      long wait;
      synchronized (h) {
        long now = System.nanoTime();
        long start = Math.max(now, h.next);
        h.next = start + delay.toNanos();
        wait = start - now;
      }
      if (wait > 0) {
        Thread.sleep(Duration.ofNanos(wait));
      }
    } catch (InterruptedException e) {
      h.permits.release();
      throw e;
    }
  }

  void release(URI uri) {
    Host h = hosts.get(host(uri));
    if (h != null) {
      h.permits.release();
    }
  }

  /** Holds back every request to a host until {@code untilNanos} (a 429's Retry-After). */
  void holdUntil(URI uri, long untilNanos) {
    Host h = hosts.computeIfAbsent(host(uri), k -> new Host(new Semaphore(concurrency)));
    synchronized (h) {
      h.next = Math.max(h.next, untilNanos);
    }
  }

  private static final class Host {
    final Semaphore permits;
    long next = Long.MIN_VALUE;

    Host(Semaphore permits) {
      this.permits = permits;
    }
  }
}
