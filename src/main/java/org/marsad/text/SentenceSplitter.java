package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Span;

/**
 * Splits text into paragraphs (non-blank lines) and sentences. A sentence ends at . ! ? ؟ or
 * … followed by a space or the paragraph's end, never inside quotation marks: a quotation of
 * several sentences stays in the sentence that reports it. A mark left unclosed stops
 * counting at the paragraph's end. The comma ، and semicolon ؛ do not end a sentence.
 */
public final class SentenceSplitter {

  private SentenceSplitter() {}

  public static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        Span trimmed = trim(text, lineStart, i);
        if (trimmed != null) {
          out.add(trimmed);
        }
        lineStart = i + 1;
      }
    }
    return out;
  }

  public static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    for (Span p : paragraphs(text)) {
      splitParagraph(text, p, out);
    }
    return out;
  }

  private static void splitParagraph(String text, Span p, List<Span> out) {
    StringBuilder open = new StringBuilder(); // closers expected, innermost last
    int start = p.start();
    for (int i = p.start(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (QuoteMarks.isMarkAt(text, i)) {
        int top = open.length() - 1;
        if (top >= 0 && open.charAt(top) == c) {
          open.setLength(top);
        } else if (QuoteMarks.closerOf(c) != 0
            && (!QuoteMarks.opensOnlyByPlace(c) || QuoteMarks.opensAt(text, i, p.start(), p.end()))) {
          open.append(QuoteMarks.closerOf(c)); // a stray closing mark of a quotation begun before opens nothing
        }
        continue;
      }
      if (open.length() == 0 && isTerminal(text, i)) {
        int end = i + 1;
        while (end < p.end() && (isTerminalChar(text.charAt(end)) || isClosingBracket(text.charAt(end)))) {
          end++;
        }
        if (end == p.end() || Character.isWhitespace(text.charAt(end))) {
          Span s = trim(text, start, end);
          if (s != null) {
            out.add(s);
          }
          start = end;
          i = end - 1;
        }
      }
    }
    Span rest = trim(text, start, p.end());
    if (rest != null) {
      out.add(rest);
    }
  }

  private static boolean isTerminal(String text, int i) {
    char c = text.charAt(i);
    if (!isTerminalChar(c)) {
      return false;
    }
    if (c == '.') {
      // 2.5, U.S., and an initial as in "J. Smith" do not end a sentence
      boolean digitAround = i > 0 && i + 1 < text.length()
          && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
      boolean initial = i >= 1 && Character.isUpperCase(text.charAt(i - 1))
          && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
      return !digitAround && !initial;
    }
    return true;
  }

  static boolean isTerminalChar(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026';
  }

  private static boolean isClosingBracket(char c) {
    return c == ')' || c == ']';
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? new Span(start, end) : null;
  }

  /** White space, and the invisible marks that only steer display (direction marks and bidi controls, BOM). */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
  }
}
