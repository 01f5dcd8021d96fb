package org.marsad.watch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What one round did, per host: pages fetched, new, changed, unchanged, failed; and what went wrong. */
public record Round(Map<String, Counts> hosts, List<String> problems, double seconds) {

  /** Counts for one host. {@code fetched} counts answers with a body. */
  public record Counts(int fetched, int fresh, int changed, int unchanged, int failed) {

    Counts plus(Counts o) {
      return new Counts(fetched + o.fetched, fresh + o.fresh, changed + o.changed, unchanged + o.unchanged,
          failed + o.failed);
    }
  }

  public Round {
    hosts = new TreeMap<>(hosts);
    problems = List.copyOf(problems);
  }

  public Counts total() {
    Counts t = new Counts(0, 0, 0, 0, 0);
    for (Counts c : hosts.values()) {
      t = t.plus(c);
    }
    return t;
  }

  /** "fetched 12, new 3, changed 1, unchanged 8, failed 0". */
  public static String line(Counts c) {
    return String.format(Locale.ROOT, "fetched %d, new %d, changed %d, unchanged %d, failed %d", c.fetched(), c.fresh(),
        c.changed(), c.unchanged(), c.failed());
  }
}
