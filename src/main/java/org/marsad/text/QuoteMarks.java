package org.marsad.text;

/**
 * The quotation marks Arabic outlets use and how they pair: "…" and '…' (the same mark opens
 * and closes), “…”, «…», ‹…›, ‘…’ and „…“; and, on some sites, a pair's closing mark used to open
 * as well, closed by itself or by its partner: ”…”, »…«, ›…‹, ’…’. An apostrophe between two Latin
 * letters ("Russia's") is not a quotation mark. Some outlets set a blank inside the marks
 * ("« نص »"، "\" نص \""), as French typography does.
 */
public final class QuoteMarks {

  private QuoteMarks() {}

  /**
   * The mark that closes one opened by {@code c}, or 0 when {@code c} opens nothing. A mark that
   * also closes (see {@link #opensOnlyByPlace}) opens only where {@link #opensAt} says so.
   */
  public static char closerOf(char c) {
    return switch (c) {
      case '"' -> '"';
      case '\'' -> '\'';
      case '\u201C' -> '\u201D'; // “ ”
      case '\u00AB' -> '\u00BB'; // « »
      case '\u2018' -> '\u2019'; // ‘ ’
      case '\u201E' -> '\u201C'; // „ “
      case '\u201D' -> '\u201D'; // ” ” (reversed use)
      case '\u00BB' -> '\u00AB'; // » « (reversed use)
      case '\u2039' -> '\u203A'; // ‹ ›
      case '\u203A' -> '\u2039'; // › ‹ (reversed use)
      case '\u2019' -> '\u2019'; // ’ ’ (reversed use)
      default -> 0;
    };
  }

  public static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u00BB' || c == '\u2019' || c == '\u201C'
        || c == '\u203A' || c == '\u2039';
  }

  public static boolean isMark(char c) {
    return closerOf(c) != 0 || isCloser(c);
  }

  /** Whether {@code c} is the closing mark of a pair, which opens a quotation only in the reversed use: ”, », ’. */
  public static boolean opensOnlyByPlace(char c) {
    return c == '\u201D' || c == '\u00BB' || c == '\u2019' || c == '\u203A';
  }

  /**
   * Whether {@code c} opens by its shape wherever it stands before a word, blanks between
   * included ("« نص »"): «, ‹, „ and “. A straight mark with blanks on both sides says nothing
   * by itself; see {@link #standsAloneBeforeWord}.
   */
  public static boolean opensByShape(char c) {
    return c == '\u00AB' || c == '\u2039' || c == '\u201E' || c == '\u201C';
  }

  /**
   * Whether the mark at {@code i} stands with blanks on both sides and a word after the blanks,
   * within {@code [from, to)}: ""... قائلا " نحن ..."": it opens when no quotation of its kind is open.
   */
  public static boolean standsAloneBeforeWord(CharSequence text, int i, int from, int to) {
    if (i > from && !SentenceSplitter.isBlank(text.charAt(i - 1))) {
      return false;
    }
    return i + 1 < to && SentenceSplitter.isBlank(text.charAt(i + 1)) && wordAfterBlanks(text, i + 1, to);
  }

  /** Whether a word (not punctuation, not a mark) follows the blanks from {@code j} on, before {@code to}. */
  public static boolean wordAfterBlanks(CharSequence text, int j, int to) {
    while (j < to && SentenceSplitter.isBlank(text.charAt(j))) {
      j++;
    }
    if (j >= to) {
      return false;
    }
    char c = text.charAt(j);
    return !isPunctuationAfterWord(c) && !isMark(c) && "-–—".indexOf(c) < 0;
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

  /**
   * Whether a mark at {@code i}, within {@code [from, to)}, stands where a quotation opens: before
   * a word, after a blank, an opening bracket, a colon, comma or dash, another mark, or a
   * one-letter clitic written onto it (و"..."، بـ"...").
   */
  public static boolean opensAt(CharSequence text, int i, int from, int to) {
    if (i + 1 >= to) {
      return false;
    }
    char next = text.charAt(i + 1);
    if (isPunctuationAfterWord(next)
        || SentenceSplitter.isBlank(next) && !(opensByShape(text.charAt(i)) && wordAfterBlanks(text, i + 1, to))) {
      return false;
    }
    if (i == from) {
      return true;
    }
    char prev = text.charAt(i - 1);
    if (SentenceSplitter.isBlank(prev) || "([:،,-–—/".indexOf(prev) >= 0 || isMark(prev)) {
      return true;
    }
    int letter = prev == ArabicNormalizer.TATWEEL && i - 2 >= from ? i - 2 : i - 1;
    boolean clitic = "وفبلك".indexOf(text.charAt(letter)) >= 0;
    return clitic && (letter == from || SentenceSplitter.isBlank(text.charAt(letter - 1)));
  }

  /** Punctuation that follows a word: a mark before it closes rather than opens. */
  public static boolean isPunctuationAfterWord(char c) {
    return ".،,;؛:!?؟)]".indexOf(c) >= 0;
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
