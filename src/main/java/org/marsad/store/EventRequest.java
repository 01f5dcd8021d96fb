package org.marsad.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Party;

/**
 * Which events a user asks for. Every condition holds of one and the same event: "Lavrov
 * accuses the United States" does not find an article where Lavrov speaks and someone else
 * accuses the United States. Null conditions are open; {@code from} and {@code to} bound the
 * event's {@link EventHit#date() date}; the order is {@link Order#NEWEST} or {@link Order#OLDEST}.
 */
public record EventRequest(String type, String subtype, Side actor, Side target, String mode, String from, String to,
    Order order, int offset, int limit) {

  /** Who an event's actor (or target) is: an entity (id, any name or spelling), a country (code or name), a sector. */
  public record Side(String entity, String country, String sector) {

    public static final Side ANY = new Side(null, null, null);

    public Side {
      entity = blankIsNull(entity);
      country = blankIsNull(country);
      sector = blankIsNull(sector);
    }

    /** Whether the party is this side, in article {@code a}. */
    boolean matches(Article a, Party p) {
      if (entity == null && country == null && sector == null) {
        return true;
      }
      if (p == null) {
        return false;
      }
      if (entity != null && !Timeline.find(a, entity).map(e -> Timeline.same(e.id(), p.entity())).orElse(false)) {
        return false;
      }
      if (country != null && !isCountry(a, p.code(), country)) {
        return false;
      }
      return sector == null || sector.equalsIgnoreCase(String.valueOf(EventFields.sector(p)));
    }

    private static boolean isCountry(Article a, String code, String country) {
      if (code == null) {
        return false;
      }
      if (Keys.fold(code).equals(Keys.fold(country))) {
        return true;
      }
      Optional<Entity> named = Timeline.find(a, country);
      return named.isPresent() && code.equals(named.get().code());
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
    return new EventRequest(null, null, Side.ANY, Side.ANY, null, null, null, Order.NEWEST, 0, 50);
  }

  public EventRequest type(String t) {
    return new EventRequest(t, subtype, actor, target, mode, from, to, order, offset, limit);
  }

  public EventRequest subtype(String s) {
    return new EventRequest(type, s, actor, target, mode, from, to, order, offset, limit);
  }

  public EventRequest actor(Side s) {
    return new EventRequest(type, subtype, s, target, mode, from, to, order, offset, limit);
  }

  public EventRequest target(Side s) {
    return new EventRequest(type, subtype, actor, s, mode, from, to, order, offset, limit);
  }

  public EventRequest mode(String m) {
    return new EventRequest(type, subtype, actor, target, m, from, to, order, offset, limit);
  }

  public EventRequest between(String first, String last) {
    return new EventRequest(type, subtype, actor, target, mode, first, last, order, offset, limit);
  }

  public EventRequest orderBy(Order o) {
    return new EventRequest(type, subtype, actor, target, mode, from, to, o, offset, limit);
  }

  public EventRequest page(int first, int n) {
    return new EventRequest(type, subtype, actor, target, mode, from, to, order, first, n);
  }

  /** Whether event {@code e} of article {@code a} meets every condition. */
  public boolean matches(Article a, Event e) {
    if (type != null && !type.equalsIgnoreCase(e.type())) {
      return false;
    }
    if (subtype != null && !subtype.equalsIgnoreCase(String.valueOf(EventFields.subtype(e)))) {
      return false;
    }
    if (mode != null && !mode.equalsIgnoreCase(e.mode())) {
      return false;
    }
    if (!actor.matches(a, e.actor()) || !target.matches(a, e.target())) {
      return false;
    }
    if (from != null || to != null) {
      Optional<Integer> day = Keys.day(EventHit.date(a, e));
      if (day.isEmpty()) {
        return false;
      }
      if ((from != null && day.get() < Keys.bound(from, false)) || (to != null && day.get() > Keys.bound(to, true))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The articles that may hold such an event: each condition the article as a whole must meet
   * (the event-level check is {@link #matches}). Dates are left out: an event's date may lie
   * outside its article's.
   */
  public SearchRequest articles() {
    Map<Dimension, List<String>> f = new EnumMap<>(Dimension.class);
    put(f, Dimension.EVENT, type);
    put(f, Dimension.SUBTYPE, subtype);
    put(f, Dimension.SECTOR, actor.sector());
    put(f, Dimension.ENTITY, actor.entity());
    put(f, Dimension.ENTITY, target.entity());
    put(f, Dimension.COUNTRY, actor.country());
    put(f, Dimension.COUNTRY, target.country());
    return new SearchRequest("", f, null, null, Order.NEWEST, 0, 1);
  }

  private static void put(Map<Dimension, List<String>> f, Dimension d, String value) {
    if (value != null) {
      f.computeIfAbsent(d, k -> new ArrayList<>()).add(value);
    }
  }

  static String blankIsNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
