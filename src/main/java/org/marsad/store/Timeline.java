package org.marsad.store;

import java.util.Optional;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Mention;
import org.marsad.doc.Party;
import org.marsad.doc.Quote;

/**
 * What happened to an entity over time: the events it takes part in (as actor, target or
 * place) and what it said ({@link StoreReader#timeline}). With a second entity, only events both
 * take part in and quotations by one that name the other. The rules here say which entity of an
 * article an event involves and a quotation names; {@link Units} indexes by them.
 */
public final class Timeline {
  private Timeline() {}

  /**
   * One dated line: {@code date} is the event's own date when the text gives a day, else the
   * article's publication date ("?" when neither); {@code kind} is the PLOVER type or "QUOTE".
   */
  public record Entry(String date, String kind, String what, String outlet, String source, String article) {}

  /** The entity of an article that a user's name, id or spelling names. */
  public static Optional<Entity> find(Article a, String name) {
    String key = Keys.fold(name);
    for (Entity e : a.entities()) {
      for (String n : Schema.names(e)) {
        if (Keys.fold(n).equals(key)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** True when the quotation names the entity inside its own words. */
  public static boolean names(Quote q, Entity e) {
    for (Mention m : e.mentions()) {
      if (m.start() >= q.start() && m.end() <= q.end()) {
        return true;
      }
    }
    String text = Keys.fold(q.text());
    for (String n : Schema.names(e)) {
      String k = Keys.fold(n);
      if (k.length() > 2 && text.contains(k)) {
        return true;
      }
    }
    return false;
  }

  static boolean involves(Event e, Entity x) {
    return party(e.actor(), x) || party(e.target(), x) || same(x.id(), e.place());
  }

  private static boolean party(Party p, Entity x) {
    if (p == null) {
      return false;
    }
    return same(x.id(), p.entity()) || (x.code() != null && x.code().equals(p.code()) && p.entity() == null);
  }

  /** Two ids that are both known and equal. */
  static boolean same(String id, String other) {
    return id != null && id.equals(other);
  }

  /** An event on one line: "actor → target: the sentence that says it" (cut at 200 characters). */
  static String describe(Article a, Event e) {
    String sentence = e.start() >= 0 && e.end() <= a.text().length() && e.start() < e.end()
        ? a.text().substring(e.start(), e.end()).replaceAll("\\s+", " ").strip() : "";
    if (sentence.length() > 200) {
      sentence = sentence.substring(0, 200) + " …";
    }
    return name(a, e.actor()) + " \u2192 " + name(a, e.target()) + ": " + sentence;
  }

  private static String name(Article a, Party p) {
    if (p == null || (p.entity() == null && p.code() == null)) {
      return "?";
    }
    return p.entity() != null ? Schema.label(a, p.entity()) : p.code();
  }
}
