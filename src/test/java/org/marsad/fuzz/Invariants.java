package org.marsad.fuzz;

import java.util.HashSet;
import java.util.Set;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Mention;
import org.marsad.doc.Quote;
import org.marsad.doc.Span;
import org.marsad.doc.Timex;
import org.marsad.ingest.RawArticle;

/**
 * What must hold of every record, whatever the input: each span lies inside {@code text} and
 * its stated text is exactly the text there; the text is made of whole lines of what was read
 * (cleaning drops lines, never rewrites them) and so only of the input's characters. A breach
 * throws an {@link AssertionError} naming the source, the span and what was expected.
 */
final class Invariants {

  private Invariants() {}

  static void check(Article a, RawArticle raw) {
    String text = a.text();
    String where = a.source();
    if (text == null || a.id() == null) {
      throw new AssertionError(where + ": a record without text or id");
    }
    for (String w : a.warnings()) {
      if (w.contains("not read: an internal error")) {
        // the pipeline keeps the article when a layer fails; for the fuzzer that is still a fault
        throw new AssertionError(where + ": " + w);
      }
    }
    checkLines(where, text, raw.text(), a.warnings().stream().anyMatch(w -> w.startsWith("text cut")));
    for (Span c : a.captions()) {
      inside(where, "caption", c.start(), c.end(), text);
    }
    for (Timex t : a.timexes()) {
      same(where, "timex", t.start(), t.end(), t.text(), text);
    }
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        same(where, "mention of " + e.id(), m.start(), m.end(), m.text(), text);
      }
    }
    for (Quote q : a.quotes()) {
      same(where, "quotation", q.start(), q.end(), q.text(), text);
    }
    for (Event e : a.events()) {
      inside(where, "event " + e.type(), e.start(), e.end(), text);
    }
  }

  /**
   * The text holds only characters of {@code input} (and the line breaks between paragraphs),
   * but for at most {@code changed} (where bytes of the file were damaged): a text decoded in
   * the wrong encoding breaks this throughout.
   */
  static void checkCharacters(String where, String text, String input, int changed) {
    boolean[] seen = new boolean[Character.MAX_VALUE + 1];
    for (int i = 0; i < input.length(); i++) {
      seen[input.charAt(i)] = true;
    }
    seen['\n'] = true;
    int foreign = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!seen[text.charAt(i)] && ++foreign > changed) {
        throw new AssertionError(String.format("%s: text character U+%04X at %d is not in the input (%d allowed)", where,
            (int) text.charAt(i), i, changed));
      }
    }
  }

  /**
   * Every paragraph of the text is a line of the raw text, but for invisible characters (white
   * space, direction marks) around it there; when the text was cut at its limit, the last is
   * the start of one.
   */
  private static void checkLines(String where, String text, String raw, boolean cut) {
    if (text.isEmpty()) {
      return;
    }
    Set<String> lines = new HashSet<>();
    for (String l : raw.split("\\R", -1)) {
      lines.add(visible(l));
    }
    String[] paragraphs = text.split("\n\n", -1);
    for (int i = 0; i < paragraphs.length; i++) {
      String p = paragraphs[i];
      boolean whole = lines.contains(visible(p)) || cut && i == paragraphs.length - 1;
      if (!whole || !raw.contains(p)) {
        throw new AssertionError(where + ": paragraph is no line of the input: '" + shorten(p) + "'");
      }
    }
  }

  /** {@code s} without white space and format characters (direction marks, bidi controls) at its ends. */
  private static String visible(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && invisible(s.charAt(b))) {
      b++;
    }
    while (e > b && invisible(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  private static boolean invisible(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
  }

  private static void same(String where, String what, int start, int end, String stated, String text) {
    inside(where, what, start, end, text);
    String there = text.substring(start, end);
    if (!there.equals(stated)) {
      throw new AssertionError(String.format("%s: %s [%d, %d) says '%s' but the text there is '%s'", where, what, start,
          end, shorten(stated), shorten(there)));
    }
  }

  private static void inside(String where, String what, int start, int end, String text) {
    if (start < 0 || end < start || end > text.length()) {
      throw new AssertionError(String.format("%s: %s [%d, %d) is outside the text of %d characters", where, what, start,
          end, text.length()));
    }
  }

  static String shorten(String s) {
    return s.length() <= 120 ? s : s.substring(0, 100) + "... (" + s.length() + " characters)";
  }
}
