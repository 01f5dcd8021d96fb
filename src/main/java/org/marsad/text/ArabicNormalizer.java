package org.marsad.text;

import java.util.Arrays;

/**
 * Folds Arabic spelling variation for matching, one character at a time, so that each output
 * character maps back to one input character:
 * <ul>
 *   <li>hamza-carrying alefs (أ إ آ ٱ, and the wavy-hamza ٲ ٳ some sites type for أ إ) to bare alef ا;
 *   <li>alef maqsura ى to ya ي; ta marbuta ة to ha ه; waw with hamza ؤ to و; ya with hamza ئ to ي;
 *   <li>Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits to ASCII digits;
 *   <li>Persian kaf ک and ya ی to Arabic ك and ي;
 *   <li>Latin letters to lower case;
 *   <li>diacritics (harakat, tanwin, shadda, sukun, superscript alef) and tatweel removed.
 * </ul>
 * The letter rules follow Lucene's {@code ArabicNormalizer} (Larkey, Ballesteros and Connell,
 * "Improving Stemming for Arabic Information Retrieval", SIGIR 2002), with the hamza seats and
 * ta marbuta folded as well, as news spelling varies on them.
 */
public final class ArabicNormalizer {

  public static final char ALEF = '\u0627';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char YEH_HAMZA = '\u0626';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char WAW_HAMZA = '\u0624';
  public static final char TATWEEL = '\u0640';
  public static final char KEHEH = '\u06A9';
  public static final char KAF = '\u0643';
  public static final char FARSI_YEH = '\u06CC';

  private ArabicNormalizer() {}

  /** The normalised form of {@code s}, for comparing and looking up words. */
  public static String normalize(CharSequence s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) != 0 && fold(s.charAt(i)) == s.charAt(i)) {
      i++; // fold gives 0 for a character it drops, and NUL is dropped too
    }
    if (i == s.length()) {
      return s.toString(); // nothing to fold: most words of a text, and every key already normalised
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (c != 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The normalised form of {@code s} with, for every output character, its input offset. */
  public static Normalized normalizeWithOffsets(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int[] offsets = new int[s.length() + 1];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (c != 0) {
        out.append(c);
        offsets[n++] = i;
      }
    }
    offsets[n] = s.length();
    return new Normalized(s, out.toString(), Arrays.copyOf(offsets, n + 1));
  }

  /** The folded character, or 0 when the character is dropped. */
  public static char fold(char c) {
    switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW:
        return ALEF;
      case ALEF_MAKSURA, YEH_HAMZA, FARSI_YEH:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      case WAW_HAMZA:
        return WAW;
      case KEHEH:
        return KAF;
      case TATWEEL:
        return 0;
      default:
        break;
    }
    if (isDiacritic(c)) {
      return 0;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c;
  }

  /** Harakat, tanwin, shadda, sukun, Quranic marks and the superscript alef. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED');
  }

  /** A normalised string and the original offset of each of its characters. */
  public record Normalized(String original, String text, int[] offsets) {

    /** Original offset of normalised position {@code i} ({@code i == text.length()} allowed). */
    public int toOriginal(int i) {
      return offsets[i];
    }

    /**
     * Original end (exclusive) of a normalised span ending at {@code end} (exclusive). The
     * diacritics and tatweel that follow its last letter belong to it ("هـ" stays whole): every
     * dropped character sits between two kept ones, so the span runs to the next kept one.
     */
    public int toOriginalEnd(int end) {
      return end == 0 ? 0 : offsets[end];
    }
  }
}
