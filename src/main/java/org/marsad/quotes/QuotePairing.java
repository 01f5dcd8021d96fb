package org.marsad.quotes;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Span;
import org.marsad.text.QuoteMarks;

/**
 * Pairs the quotation marks of a paragraph into the outermost quoted stretches. The straight
 * marks " and ' open and close alike, so their role comes from their place: an opening mark
 * follows a blank (or a one-letter clitic such as و) and precedes a word; a closing mark
 * follows a word or precedes punctuation. A straight mark that opens inside a stretch opened
 * by the same mark starts a nested quotation ("... بصيغة "2+2" على ...") when marks enough
 * remain to close both. Marks left open at the paragraph's end close there.
 */
final class QuotePairing {

  private QuotePairing() {}

  private record Open(int at, char closer) {}

  static List<QuotedStretch> in(String text, List<Span> paragraphs) {
    List<QuotedStretch> out = new ArrayList<>();
    for (Span p : paragraphs) {
      pair(text, p.start(), p.end(), out);
    }
    return out;
  }

  private static void pair(String text, int from, int to, List<QuotedStretch> out) {
    List<Open> stack = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!QuoteMarks.isMarkAt(text, i)) {
        continue;
      }
      char c = text.charAt(i);
      int top = stack.size() - 1;
      if (top >= 0 && stack.get(top).closer() == c) {
        boolean nested = isStraight(c) && opensHere(text, i, from, to) && remaining(text, c, i + 1, to) >= 2;
        if (nested) {
          stack.add(new Open(i, c));
        } else {
          close(text, stack, top, i, out);
        }
        continue;
      }
      int deeper = deepest(stack, c);
      if (deeper >= 0 && !(isStraight(c) && opensHere(text, i, from, to))) {
        close(text, stack, deeper, i, out);
        continue;
      }
      char closer = closerOf(c);
      if (closer != 0 && opensHere(text, i, from, to)) {
        stack.add(new Open(i, closer));
      }
    }
    if (!stack.isEmpty()) {
      Open first = stack.get(0);
      add(text, first.at(), to, false, out);
    }
  }

  private static void close(String text, List<Open> stack, int level, int at, List<QuotedStretch> out) {
    Open o = stack.get(level);
    while (stack.size() > level) {
      stack.remove(stack.size() - 1);
    }
    if (stack.isEmpty()) {
      add(text, o.at(), at, true, out);
    }
  }

  private static void add(String text, int open, int close, boolean closed, List<QuotedStretch> out) {
    int s = open + 1;
    int e = close;
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new QuotedStretch(open, s, e, close, closed));
    }
  }

  private static int deepest(List<Open> stack, char c) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      if (stack.get(k).closer() == c) {
        return k;
      }
    }
    return -1;
  }

  /** The closing mark for {@code c}, also for the marks some sites use both ways (”…”, »…«). */
  private static char closerOf(char c) {
    return switch (c) {
      case '\u201D' -> '\u201D';
      case '\u00BB' -> '\u00AB';
      case '\u2019' -> '\u2019';
      default -> QuoteMarks.closerOf(c);
    };
  }

  private static boolean isStraight(char c) {
    return c == '"' || c == '\'';
  }

  /** Whether a mark at {@code i} stands where a quotation opens: before a word, after a blank. */
  private static boolean opensHere(String text, int i, int from, int to) {
    if (i + 1 >= to) {
      return false;
    }
    char next = text.charAt(i + 1);
    if (isBlank(next) || isPunctuationAfterWord(next)) {
      return false;
    }
    if (i == from) {
      return true;
    }
    char prev = text.charAt(i - 1);
    if (isBlank(prev) || "([:،,-–—/".indexOf(prev) >= 0 || QuoteMarks.isMark(prev)) {
      return true;
    }
    // a one-letter clitic written onto the mark: و"... ، ب"...
    boolean clitic = "وفبلك".indexOf(prev) >= 0;
    return clitic && (i - 1 == from || isBlank(text.charAt(i - 2)));
  }

  private static boolean isPunctuationAfterWord(char c) {
    return ".،,;؛:!?؟)]".indexOf(c) >= 0;
  }

  private static int remaining(String text, char c, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c && QuoteMarks.isMarkAt(text, i)) {
        n++;
      }
    }
    return n;
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E'
        || c == '\uFEFF';
  }
}
