package org.marsad.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a user asks the archive: words (Lucene query syntax; blank for every article), filters
 * by {@link Dimension} (every value must hold), publication bounds ("2015", "2015-03",
 * "2015-03-07"; null when open), the order, and the page: {@code limit} results from position
 * {@code offset}.
 */
public record SearchRequest(String words, Map<Dimension, List<String>> filters, String from, String to, Order order,
    int offset, int limit) {

  /** The most results one page may ask for. */
  public static final int MAX_LIMIT = 1000;
  /** The deepest page: past it, narrow the search (every store ranks this many results and more). */
  public static final int MAX_OFFSET = 1000;

  public SearchRequest {
    words = words == null ? "" : words;
    Map<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
    filters.forEach((dim, values) -> {
      List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
      if (!kept.isEmpty()) {
        copy.put(dim, kept);
      }
    });
    filters = Map.copyOf(copy);
    check(from, to, offset, limit, MAX_OFFSET);
    order = order == null ? Order.RELEVANCE : order;
  }

  /** Says what is wrong with a request's date bounds or page before any search. */
  static void check(String from, String to, int offset, int limit, int maxOffset) {
    if (from != null) {
      Keys.bound(from, false);
    }
    if (to != null) {
      Keys.bound(to, true);
    }
    if (offset < 0 || offset > maxOffset) {
      throw new IllegalArgumentException("an offset is between 0 and " + maxOffset + ", not " + offset
          + (offset > maxOffset ? ": narrow the search instead" : ""));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a limit is between 1 and " + MAX_LIMIT + ", not " + limit);
    }
  }

  public SearchRequest(String words, Map<Dimension, List<String>> filters, String from, String to, int limit) {
    this(words, filters, from, to, Order.RELEVANCE, 0, limit);
  }

  /** Every article these words find, best first, ten a page. */
  public static SearchRequest of(String words) {
    return new SearchRequest(words, Map.of(), null, null, 10);
  }

  /** The same request with one more filter value. */
  public SearchRequest and(Dimension dimension, String value) {
    Map<Dimension, List<String>> more = new EnumMap<>(Dimension.class);
    more.putAll(filters);
    List<String> values = new ArrayList<>(more.getOrDefault(dimension, List.of()));
    values.add(value);
    more.put(dimension, values);
    return new SearchRequest(words, more, from, to, order, offset, limit);
  }

  public SearchRequest between(String first, String last) {
    return new SearchRequest(words, filters, first, last, order, offset, limit);
  }

  public SearchRequest limit(int n) {
    return new SearchRequest(words, filters, from, to, order, offset, n);
  }

  public SearchRequest page(int first, int n) {
    return new SearchRequest(words, filters, from, to, order, first, n);
  }

  public SearchRequest orderBy(Order o) {
    return new SearchRequest(words, filters, from, to, o, offset, limit);
  }

  /** The order results really come in: relevance needs words to rank by. */
  public Order effectiveOrder() {
    return order == Order.RELEVANCE && words.isBlank() ? Order.NEWEST : order;
  }
}
