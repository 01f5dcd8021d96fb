package org.marsad.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user asks the archive: words (Lucene query syntax; blank for every article), filters
 * by dimension ({@link Schema#DIMENSIONS}; every value must hold), and publication bounds
 * ("2015", "2015-03", "2015-03-07"; null when open).
 */
public record SearchRequest(String words, Map<String, List<String>> filters, String from, String to, int limit) {

  public SearchRequest {
    words = words == null ? "" : words;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((dim, values) -> {
      if (!Schema.DIMENSIONS.contains(dim)) {
        throw new IllegalArgumentException("no filter \"" + dim + "\"; there are " + Schema.DIMENSIONS);
      }
      List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
      if (!kept.isEmpty()) {
        copy.put(dim, kept);
      }
    });
    filters = Map.copyOf(copy);
    if (from != null) {
      Keys.bound(from, false); // says what is wrong with a bound before any search
    }
    if (to != null) {
      Keys.bound(to, true);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("a limit is at least 1, not " + limit);
    }
  }

  public static SearchRequest of(String words) {
    return new SearchRequest(words, Map.of(), null, null, 10);
  }

  /** The same request with one more filter value. */
  public SearchRequest and(String dimension, String value) {
    Map<String, List<String>> more = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(more.getOrDefault(dimension, List.of()));
    values.add(value);
    more.put(dimension, values);
    return new SearchRequest(words, more, from, to, limit);
  }

  public SearchRequest between(String first, String last) {
    return new SearchRequest(words, filters, first, last, limit);
  }

  public SearchRequest limit(int n) {
    return new SearchRequest(words, filters, from, to, n);
  }
}
