package org.marsad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Quote;
import org.marsad.doc.Timex;

/**
 * {@code --format pretty}: one article as a person reads it: title, date, credits and
 * dateline, the cleaned body, then briefly what was found in it.
 */
final class PrettyWriter implements RecordWriter {

  /** Quoted words longer than this are shortened in the summary. */
  private static final int QUOTE_CHARS = 90;
  private static final String RULE = "─".repeat(72);

  private boolean first = true;

  @Override
  public void write(Article a, PrintStream out) {
    if (!first) {
      out.println();
    }
    first = false;
    out.println(RULE);
    out.println(a.title() == null ? "(no headline)" : a.title());
    out.println(RULE);
    field(out, "source", a.source());
    field(out, "published", a.published());
    field(out, "credits", a.credits().isEmpty() ? null : String.join("، ", a.credits()));
    field(out, "dateline", a.dateline());
    field(out, "language", a.language());
    field(out, "id", a.id());
    out.println();
    out.println(a.text());
    if (!a.entities().isEmpty()) {
      out.println();
      out.println("Entities (" + a.entities().size() + "):");
      List<String> names = new ArrayList<>();
      for (Entity e : a.entities()) {
        String name = e.name() == null ? e.nameAr() : e.name();
        names.add(name + " [" + e.type() + (e.code() == null ? "" : " " + e.code()) + "]");
      }
      out.println("  " + String.join(", ", names));
    }
    if (!a.timexes().isEmpty()) {
      out.println();
      out.println("Time expressions (" + a.timexes().size() + "):");
      for (Timex t : a.timexes()) {
        out.println("  " + t.text() + " = " + (t.value() == null ? "?" : t.value()));
      }
    }
    if (!a.quotes().isEmpty()) {
      out.println();
      out.println("Quotes (" + a.quotes().size() + "):");
      for (Quote q : a.quotes()) {
        String who = q.speakerName() != null ? q.speakerName() : "(speaker unknown)";
        out.println("  " + who + (q.cue() == null ? "" : " (" + q.cue() + ")") + ": «" + shorten(q.text()) + "»");
      }
    }
    if (!a.events().isEmpty()) {
      out.println();
      out.println("Events (" + a.events().size() + "):");
      for (Event e : a.events()) {
        out.println("  " + party(e.actor()) + " " + e.type() + " " + party(e.target())
            + (e.date() == null ? "" : " on " + e.date()) + (e.mode() == null || e.mode().equals("asserted") ? "" : " (" + e.mode() + ")"));
      }
    }
    if (!a.warnings().isEmpty()) {
      out.println();
      out.println("Warnings: " + String.join("; ", a.warnings()));
    }
  }

  private static void field(PrintStream out, String name, String value) {
    out.printf("%-10s %s%n", name + ":", value == null ? "—" : value);
  }

  private static String party(org.marsad.doc.Party p) {
    if (p == null) {
      return "?";
    }
    return p.code() != null ? p.code() : p.entity() != null ? p.entity() : "?";
  }

  private static String shorten(String s) {
    return s.length() <= QUOTE_CHARS ? s : s.substring(0, QUOTE_CHARS) + "…";
  }
}
