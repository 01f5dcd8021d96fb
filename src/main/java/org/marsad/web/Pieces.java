package org.marsad.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Mention;
import org.marsad.doc.Quote;
import org.marsad.doc.Timex;

/**
 * Cuts an article's text at every edge of every annotation (stand-off spans of the record), so
 * that each piece is covered by one fixed set of them: the page marks layers without ever
 * nesting or copying the text. Spans that fall outside the text are passed over.
 */
public final class Pieces {

  private Pieces() {}

  public static List<Piece> of(Article a) {
    String text = a.text();
    int n = text.length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        cut(cuts, m.start(), m.end(), n);
      }
    }
    for (Timex t : a.timexes()) {
      cut(cuts, t.start(), t.end(), n);
    }
    for (Quote q : a.quotes()) {
      cut(cuts, q.start(), q.end(), n);
    }
    for (Event e : a.events()) {
      cut(cuts, e.start(), e.end(), n);
    }
    List<Piece> out = new ArrayList<>();
    Integer start = cuts.first();
    for (Integer end : cuts.tailSet(start, false)) {
      out.add(piece(a, start, end));
      start = end;
    }
    return out;
  }

  private static void cut(TreeSet<Integer> cuts, int start, int end, int n) {
    if (start >= 0 && end <= n && start < end) {
      cuts.add(start);
      cuts.add(end);
    }
  }

  private static Piece piece(Article a, int start, int end) {
    String entity = null;
    String type = null;
    boolean adjective = false;
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        if (m.start() <= start && end <= m.end()) {
          entity = e.id();
          type = e.type() == null ? null : e.type().name();
          adjective = m.form() == Mention.Form.ADJECTIVE;
        }
      }
    }
    String timex = null;
    for (Timex t : a.timexes()) {
      if (t.start() <= start && end <= t.end()) {
        timex = t.value() == null ? "" : t.value();
      }
    }
    Piece.Quoted quote = null;
    for (Quote q : a.quotes()) {
      if (q.start() <= start && end <= q.end()) {
        quote = new Piece.Quoted(q.speaker(), q.speakerName(), q.direct());
      }
    }
    String event = null;
    for (Event e : a.events()) {
      if (e.start() <= start && end <= e.end()) {
        event = event == null ? e.type() : event.contains(e.type()) ? event : event + " " + e.type();
      }
    }
    return new Piece(a.text().substring(start, end), entity, type, adjective, timex, quote, event);
  }
}
