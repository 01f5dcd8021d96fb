package org.marsad.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Party;

/** What the event exports share: names of an article's entities, its outlet and an event's sentence. */
final class EventRows {

  private final Article article;
  private final Map<String, Entity> byId = new LinkedHashMap<>();

  EventRows(Article article) {
    this.article = article;
    for (Entity e : article.entities()) {
      byId.putIfAbsent(e.id(), e);
    }
  }

  /**
   * The canonical name of a party's entity, else its Arabic name, else the words that name it
   * ("مسلحون مجهولون"), else its code; null for none.
   */
  String name(Party p) {
    if (p == null) {
      return null;
    }
    Entity e = p.entity() == null ? null : byId.get(p.entity());
    if (e != null) {
      return e.name() != null ? e.name() : e.nameAr();
    }
    return p.text() != null ? p.text() : p.code();
  }

  /** The name of the place entity {@code id}, or null. */
  String placeName(String id) {
    Entity e = id == null ? null : byId.get(id);
    return e == null ? null : e.name() != null ? e.name() : e.nameAr();
  }

  /** The outlet: the credited outlets and agencies, joined, or null when none is credited. */
  String outlet() {
    return article.credits().isEmpty() ? null : String.join(" + ", article.credits());
  }

  /** The sentence that says the event, on one line. */
  String evidence(Event e) {
    String t = article.text();
    int start = Math.max(0, Math.min(e.start(), t.length()));
    int end = Math.max(start, Math.min(e.end(), t.length()));
    return t.substring(start, end).replaceAll("\\s+", " ").strip();
  }
}
