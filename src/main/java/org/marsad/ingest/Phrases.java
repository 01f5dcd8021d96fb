package org.marsad.ingest;

import org.marsad.text.ArabicNormalizer;

/**
 * The comparison key of a line or phrase: Arabic spelling folded, punctuation and quotation
 * marks dropped, white space collapsed. Data-file phrases and page lines meet on this key, so
 * "انظر أيضا:" and "انظر ايضاً" are the same marker.
 */
final class Phrases {

  /** Punctuation and quotation marks a key leaves out (besides white space and invisible marks). */
  private static final String PUNCT = "\"'«»“”‘’„()[]{}،,.:;!?؟-–—/|•·*+_=<>›‹…";

  private Phrases() {}

  static String key(String s) {
    // one pass, no regex, no intermediate string: this runs on every line of every page, several times
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = ArabicNormalizer.fold(s.charAt(i));
      if (c == 0) {
        continue; // a diacritic or tatweel, dropped
      }
      if (blank(c) || PUNCT.indexOf(c) >= 0) {
        gap = true;
        continue;
      }
      if (gap && !b.isEmpty()) {
        b.append(' ');
      }
      gap = false;
      b.append(c);
    }
    return b.toString();
  }

  /** Number of words of a key (or any text), counted by white space. */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  /** {@code s} without white space (including no-break and zero-width spaces, bidi controls) at either end. */
  static String strip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && blank(s.charAt(b))) {
      b++;
    }
    while (e > b && blank(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  /** White space, and the invisible marks that only steer display: zero-width spaces, bidi controls, BOM. */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u200b' && c <= '\u200f')
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff';
  }

  /** Letters of a line by script: Arabic and Latin. */
  record Letters(int arabic, int latin) {

    static Letters of(CharSequence s) {
      int ar = 0;
      int la = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          la += c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : 0;
          continue;
        }
        if (c >= 0x0600 && c <= 0x06FF && c != ArabicNormalizer.TATWEEL) {
          ar += Character.isLetter(c) ? 1 : 0; // the Arabic block's letters are all of the Arabic script
          continue;
        }
        if (!Character.isLetter(c)) {
          continue;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.ARABIC) {
          ar++;
        } else if (script == Character.UnicodeScript.LATIN) {
          la++;
        }
      }
      return new Letters(ar, la);
    }

    int total() {
      return arabic + latin;
    }

    /** Mostly Latin letters, and enough of them to be a sentence rather than a name. */
    boolean latinProse() {
      return latin >= 20 && latin > 4 * arabic;
    }
  }
}
