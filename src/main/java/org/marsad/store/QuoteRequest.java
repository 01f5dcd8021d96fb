package org.marsad.store;

/**
 * Which quotations a user asks for: by a speaker (id, any name or spelling; null for anyone),
 * naming an entity in their words ({@code about}, null for anything), published between two
 * bounds; oldest or newest first, one page of them.
 */
public record QuoteRequest(String speaker, String about, String from, String to, Order order, int offset, int limit) {

  public QuoteRequest {
    speaker = EventRequest.blankIsNull(speaker);
    about = EventRequest.blankIsNull(about);
    SearchRequest.check(from, to, offset, limit, Integer.MAX_VALUE);
    order = order == Order.NEWEST ? Order.NEWEST : Order.OLDEST;
  }

  /** What {@code speaker} said, oldest first, fifty a page. */
  public static QuoteRequest by(String speaker) {
    return new QuoteRequest(speaker, null, null, null, Order.OLDEST, 0, 50);
  }

  public QuoteRequest about(String entity) {
    return new QuoteRequest(speaker, entity, from, to, order, offset, limit);
  }

  public QuoteRequest between(String first, String last) {
    return new QuoteRequest(speaker, about, first, last, order, offset, limit);
  }

  public QuoteRequest orderBy(Order o) {
    return new QuoteRequest(speaker, about, from, to, o, offset, limit);
  }

  public QuoteRequest page(int first, int n) {
    return new QuoteRequest(speaker, about, from, to, order, first, n);
  }
}
