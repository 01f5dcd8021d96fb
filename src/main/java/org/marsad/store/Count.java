package org.marsad.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A value of a {@link Dimension} (or a date bucket) and the number of articles (or events) that have it. */
public record Count(String label, long count) {

  /** The {@code n} most frequent values, most frequent first, ties in the order of their labels. */
  static List<Count> top(Map<String, Long> counts, int n) {
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label))
        .limit(Math.max(0, n)).toList();
  }
}
