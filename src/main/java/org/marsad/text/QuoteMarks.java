package org.marsad.text;

/**
 * The quotation marks Arabic outlets use and how they pair: "…" and '…' (the same mark opens
 * and closes), “…”, «…», ‘…’ and „…“. An apostrophe between two Latin letters ("Russia's")
 * is not a quotation mark.
 */
public final class QuoteMarks {

  private QuoteMarks() {}

  /** The mark that closes one opened by {@code c}, or 0 when {@code c} opens nothing. */
  public static char closerOf(char c) {
    return switch (c) {
      case '"' -> '"';
      case '\'' -> '\'';
      case '\u201C' -> '\u201D'; // “ ”
      case '\u00AB' -> '\u00BB'; // « »
      case '\u2018' -> '\u2019'; // ‘ ’
      case '\u201E' -> '\u201C'; // „ “
      default -> 0;
    };
  }

  public static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u00BB' || c == '\u2019' || c == '\u201C';
  }

  public static boolean isMark(char c) {
    return closerOf(c) != 0 || isCloser(c);
  }

  /** Whether the character at {@code i} acts as a quotation mark there (not an apostrophe). */
  public static boolean isMarkAt(CharSequence text, int i) {
    char c = text.charAt(i);
    if (!isMark(c)) {
      return false;
    }
    if (c == '\'' || c == '\u2019') {
      boolean latinBefore = i > 0 && isLatinLetter(text.charAt(i - 1));
      boolean latinAfter = i + 1 < text.length() && isLatinLetter(text.charAt(i + 1));
      return !(latinBefore && latinAfter);
    }
    return true;
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
