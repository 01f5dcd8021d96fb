package org.marsad.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt, read by crawler-commons: fetched once per host and kept for a round. A missing
 * robots.txt (4xx) allows everything; one that cannot be fetched (5xx, time-out) allows nothing
 * until the next round, as crawler-commons (and Google) advise.
 */
final class Robots {

  private static final String AGENT = "marsad";

  private final Fetcher fetcher;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final ConcurrentHashMap<String, BaseRobotRules> rules = new ConcurrentHashMap<>();

  Robots(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  boolean allows(URI url) throws InterruptedException {
    String host = HostGate.host(url);
    BaseRobotRules r = rules.get(host);
    if (r == null) {
      r = read(url);
      BaseRobotRules before = rules.putIfAbsent(host, r);
      r = before == null ? r : before;
    }
    return r.isAllowed(url.toString());
  }

  /** Forgets what was read: a new round reads robots.txt again. */
  void forget() {
    rules.clear();
  }

  private BaseRobotRules read(URI url) throws InterruptedException {
    URI robots = url.resolve("/robots.txt");
    Fetched f = fetcher.fetch(robots, Fetcher.Kind.ROBOTS, null, null);
    return switch (f) {
      case Fetched.Body b -> parser.parseContent(robots.toString(), b.bytes(), b.contentType(), List.of(AGENT));
      case Fetched.NotModified n -> parser.failedFetch(404);
      case Fetched.Failed failed -> failed.why().startsWith("HTTP 4") && !failed.why().startsWith("HTTP 429")
          ? parser.failedFetch(404) : parser.failedFetch(503);
    };
  }
}
