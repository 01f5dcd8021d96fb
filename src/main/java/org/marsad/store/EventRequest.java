package org.marsad.store;

/**
 * Which events a user asks for. Every condition holds of one and the same event: "Lavrov
 * accuses the United States" does not find an article where Lavrov speaks and someone else
 * accuses the United States. Null conditions are open; {@code from} and {@code to} bound the
 * event's {@link EventHit#date() date}; with {@code eitherWay}, actor and target may also be the
 * other way round (the events between two countries, whoever acts); the order is
 * {@link Order#NEWEST} or {@link Order#OLDEST}.
 */
public record EventRequest(String type, String subtype, Side actor, Side target, boolean eitherWay, String mode,
    String from, String to, Order order, int offset, int limit) {

  /**
   * Who an event's actor (or target) is: an entity (id, any name or spelling the article gives
   * it), a country (code, or a name of an entity of the article with that code), a sector.
   */
  public record Side(String entity, String country, String sector) {

    public static final Side ANY = new Side(null, null, null);

    public Side {
      entity = blankIsNull(entity);
      country = blankIsNull(country);
      sector = blankIsNull(sector);
    }

    public boolean open() {
      return entity == null && country == null && sector == null;
    }
  }

  public EventRequest {
    type = blankIsNull(type);
    subtype = blankIsNull(subtype);
    mode = blankIsNull(mode);
    actor = actor == null ? Side.ANY : actor;
    target = target == null ? Side.ANY : target;
    SearchRequest.check(from, to, offset, limit, Integer.MAX_VALUE);
    order = order == Order.OLDEST ? Order.OLDEST : Order.NEWEST;
  }

  /** Every event, newest first, fifty a page. */
  public static EventRequest any() {
    return new EventRequest(null, null, Side.ANY, Side.ANY, false, null, null, null, Order.NEWEST, 0, 50);
  }

  public EventRequest type(String t) {
    return new EventRequest(t, subtype, actor, target, eitherWay, mode, from, to, order, offset, limit);
  }

  public EventRequest subtype(String s) {
    return new EventRequest(type, s, actor, target, eitherWay, mode, from, to, order, offset, limit);
  }

  public EventRequest actor(Side s) {
    return new EventRequest(type, subtype, s, target, eitherWay, mode, from, to, order, offset, limit);
  }

  public EventRequest target(Side s) {
    return new EventRequest(type, subtype, actor, s, eitherWay, mode, from, to, order, offset, limit);
  }

  /** The same request, with actor and target also matched the other way round. */
  public EventRequest bothWays() {
    return new EventRequest(type, subtype, actor, target, true, mode, from, to, order, offset, limit);
  }

  public EventRequest mode(String m) {
    return new EventRequest(type, subtype, actor, target, eitherWay, m, from, to, order, offset, limit);
  }

  public EventRequest between(String first, String last) {
    return new EventRequest(type, subtype, actor, target, eitherWay, mode, first, last, order, offset, limit);
  }

  public EventRequest orderBy(Order o) {
    return new EventRequest(type, subtype, actor, target, eitherWay, mode, from, to, o, offset, limit);
  }

  public EventRequest page(int first, int n) {
    return new EventRequest(type, subtype, actor, target, eitherWay, mode, from, to, order, first, n);
  }

  static String blankIsNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
