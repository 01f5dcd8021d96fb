package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and single punctuation marks, with exact offsets. A word is
 * a run of letters with their diacritics and tatweel; digits of any script make a number,
 * with a decimal point or comma kept inside it ("2.5", "٢٫٥"). A run of tatweel or marks with no
 * letter is one punctuation token: writers set a lone tatweel as a dash ("وقال الوزير ـ في تصريح"),
 * and it has no letter to normalise to.
 */
public final class Tokenizer {

  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (SentenceSplitter.isBlank(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isDigit(c)) {
        while (i < n && (Character.isDigit(text.charAt(i))
            || (isDecimalSeparator(text.charAt(i)) && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                && i > start))) {
          i++;
        }
        tokens.add(new Token(start, i, text.substring(start, i), Token.Kind.NUMBER));
      } else if (isWordChar(c)) {
        boolean arabic = false;
        boolean letter = false;
        while (i < n && isWordChar(text.charAt(i))) {
          char w = text.charAt(i);
          arabic |= isArabicLetter(w);
          letter |= Character.isLetter(w) && w != ArabicNormalizer.TATWEEL;
          i++;
        }
        Token.Kind kind = !letter ? Token.Kind.PUNCT : arabic ? Token.Kind.ARABIC : Token.Kind.LATIN;
        tokens.add(new Token(start, i, text.substring(start, i), kind));
      } else {
        i++;
        if (Character.isSurrogate(c) && i < n) {
          i++;
        }
        tokens.add(new Token(start, i, text.substring(start, i), Token.Kind.PUNCT));
      }
    }
    return tokens;
  }

  private static boolean isDecimalSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B';
  }

  static boolean isWordChar(char c) {
    return Character.isLetter(c) || ArabicNormalizer.isDiacritic(c) || c == ArabicNormalizer.TATWEEL
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  public static boolean isArabicLetter(char c) {
    return c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c);
  }
}
