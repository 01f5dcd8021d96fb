package org.marsad.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Span;
import org.marsad.text.QuoteMarks;

/**
 * Pairs the quotation marks of a paragraph into the outermost quoted stretches. The straight
 * marks " and ' open and close alike, so their role comes from their place: an opening mark
 * follows a blank (or a one-letter clitic such as و) and precedes a word; a closing mark
 * follows a word or precedes punctuation. A straight mark that opens inside a stretch opened
 * by the same mark starts a nested quotation ("... بصيغة "2+2" على ...") when marks enough
 * remain to close both. Marks left open at the paragraph's end close there; the quotation goes
 * on in the next paragraph when that one opens with a mark again, or closes one (a mark after
 * a word, before a blank or punctuation) without opening any before it. A straight mark with
 * blanks on both sides (""قائلا " نحن ... "."") closes the one of its kind that is open; when
 * none is, it closes a mark left over before it that a word follows, an opening mark written
 * against the word before (""عن" تخوفه ... الوطنية ""), else it opens when another follows. A
 * mark left over is closed as well by the next of its kind that does not open
 * (""بالضرورة"ملاحقا سياسيا" بشكل""). A quotation opened by ” closes at ” or, mirrored, at “
 * written against the word before it (”نحن شعب واحد“.).
 */
final class QuotePairing {

  /** “ and ”: on pages typed right to left the pair is sometimes mirrored, ”نص“, besides ”نص”. */
  private static final char LEFT_DOUBLE = '\u201C';
  private static final char RIGHT_DOUBLE = '\u201D';

  private QuotePairing() {}

  /** An opened quotation: its mark at {@code at}, the words from {@code words}. */
  private record Open(int at, char closer, int words) {}

  static List<QuotedStretch> in(String text, List<Span> paragraphs) {
    List<QuotedStretch> out = new ArrayList<>();
    char carried = 0;
    for (Span p : paragraphs) {
      int before = out.size();
      boolean goesOn = carried != 0 && (goesOnWithoutMark(text, p, carried) || opensWithMark(text, p));
      if (goesOn && before > 0 && !out.get(before - 1).closed()) {
        out.set(before - 1, out.get(before - 1).goingOn());
      }
      carried = pair(text, p.start(), p.end(), goesOn && !opensWithMark(text, p) ? carried : 0, out);
    }
    return out;
  }

  /**
   * Whether a quotation left open in the paragraph before goes on here without a new opening
   * mark: the first mark of its kind here closes.
   */
  private static boolean goesOnWithoutMark(String text, Span p, char closer) {
    for (int i = p.start(); i < p.end(); i++) {
      if (text.charAt(i) == closer && QuoteMarks.isMarkAt(text, i)) {
        return !QuoteMarks.opensAt(text, i, p.start(), p.end()) && closesHere(text, i, p.end());
      }
    }
    return false;
  }

  /** Whether the paragraph begins with an opening mark (the custom for a quotation over paragraphs). */
  private static boolean opensWithMark(String text, Span p) {
    char c = text.charAt(p.start());
    return QuoteMarks.closerOf(c) != 0 && (QuoteMarks.opensAt(text, p.start(), p.start(), p.end())
        || isStraight(c) && QuoteMarks.standsAloneBeforeWord(text, p.start(), p.start(), p.end()));
  }

  /** Pairs one paragraph; returns the closer still awaited at its end, or 0. */
  private static char pair(String text, int from, int to, char carried, List<QuotedStretch> out) {
    List<Open> stack = new ArrayList<>();
    // how many opens on the stack await each closing mark: a mark none awaits is not looked for
    // down the stack, which grew with every unclosed mark and made a paragraph cost its square
    Map<Character, Integer> awaiting = new HashMap<>();
    if (carried != 0) {
      push(stack, awaiting, new Open(from, carried, from));
    }
    int stray = -1; // a straight mark none awaited that opened nothing, with a word after it
    for (int i = from; i < to; i++) {
      if (!QuoteMarks.isMarkAt(text, i)) {
        continue;
      }
      char c = text.charAt(i);
      int top = stack.size() - 1;
      if (top >= 0 && stack.get(top).closer() == c) {
        boolean nested = isStraight(c) && QuoteMarks.opensAt(text, i, from, to) && twoMoreAfter(text, c, i + 1, to);
        if (nested) {
          push(stack, awaiting, new Open(i, c, i + 1));
        } else {
          close(text, stack, awaiting, top, i, out);
        }
        continue;
      }
      int mirrored = c == LEFT_DOUBLE ? deepestOpenedBy(text, stack, RIGHT_DOUBLE) : -1;
      if (mirrored >= 0 && closesAgainstWord(text, i, from, to)) {
        close(text, stack, awaiting, mirrored, i, out);
        continue;
      }
      int deeper = awaiting.getOrDefault(c, 0) == 0 ? -1 : deepest(stack, c);
      if (deeper >= 0 && !(isStraight(c) && QuoteMarks.opensAt(text, i, from, to))) {
        close(text, stack, awaiting, deeper, i, out);
        continue;
      }
      char closer = QuoteMarks.closerOf(c);
      if (closer != 0 && QuoteMarks.opensAt(text, i, from, to)) {
        push(stack, awaiting, new Open(i, closer, i + 1));
      } else if (isStraight(c) && stack.isEmpty()) {
        boolean alone = QuoteMarks.standsAloneBeforeWord(text, i, from, to);
        if (stray >= 0 && text.charAt(stray) == c) {
          add(text, new Open(stray, c, stray + 1), i, true, out);
          stray = -1;
        } else if (alone && oneMoreAfter(text, c, i + 1, to)) {
          push(stack, awaiting, new Open(i, c, i + 1));
        } else {
          stray = QuoteMarks.wordAfterBlanks(text, i + 1, to) ? i : -1;
        }
      }
    }
    if (!stack.isEmpty()) {
      Open first = stack.get(0);
      add(text, first, to, false, out);
      return first.closer();
    }
    return 0;
  }

  private static void push(List<Open> stack, Map<Character, Integer> awaiting, Open o) {
    stack.add(o);
    awaiting.merge(o.closer(), 1, Integer::sum);
  }

  private static void close(String text, List<Open> stack, Map<Character, Integer> awaiting, int level, int at,
      List<QuotedStretch> out) {
    Open o = stack.get(level);
    while (stack.size() > level) {
      awaiting.merge(stack.remove(stack.size() - 1).closer(), -1, Integer::sum);
    }
    if (stack.isEmpty()) {
      add(text, o, at, true, out);
    }
  }

  private static void add(String text, Open open, int close, boolean closed, List<QuotedStretch> out) {
    int s = open.words();
    int e = close;
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new QuotedStretch(open.at(), s, e, close, closed, false));
    }
  }

  /** The deepest open quotation whose opening mark is {@code mark}, or -1. */
  private static int deepestOpenedBy(String text, List<Open> stack, char mark) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      if (text.charAt(stack.get(k).at()) == mark) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a mark at {@code i} is written against the word before it and stands where a
   * quotation closes: "...الحدود“." closes; "“نص" and " “ نص" open.
   */
  private static boolean closesAgainstWord(String text, int i, int from, int to) {
    return i > from && !isBlank(text.charAt(i - 1)) && !QuoteMarks.isMark(text.charAt(i - 1))
        && closesHere(text, i, to);
  }

  private static int deepest(List<Open> stack, char c) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      if (stack.get(k).closer() == c) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isStraight(char c) {
    return c == '"' || c == '\'';
  }

  /** Whether a mark at {@code i} stands where a quotation closes: after a word, before a blank or punctuation. */
  private static boolean closesHere(String text, int i, int to) {
    if (i + 1 >= to) {
      return true;
    }
    char next = text.charAt(i + 1);
    return isBlank(next) || QuoteMarks.isPunctuationAfterWord(next) || QuoteMarks.isMark(next);
  }

  /** Whether another mark {@code c} stands in {@code [from, to)}. */
  private static boolean oneMoreAfter(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c && QuoteMarks.isMarkAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two more marks {@code c} stand in {@code [from, to)}; it stops at the second. */
  private static boolean twoMoreAfter(String text, char c, int from, int to) {
    int n = 0;
    for (int i = from; i < to && n < 2; i++) {
      if (text.charAt(i) == c && QuoteMarks.isMarkAt(text, i)) {
        n++;
      }
    }
    return n >= 2;
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E'
        || c == '\uFEFF';
  }
}
