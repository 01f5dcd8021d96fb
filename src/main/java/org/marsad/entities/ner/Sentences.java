package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/** The words of a training sentence as tokens of a text that joins them with spaces. */
final class Sentences {

  private Sentences() {}

  static List<Token> tokens(List<String> words) {
    List<Token> out = new ArrayList<>(words.size());
    int at = 0;
    for (String w : words) {
      out.add(new Token(at, at + w.length(), w, kind(w)));
      at += w.length() + 1;
    }
    return out;
  }

  /** The kind {@link Tokenizer} gives a word like this one. */
  static Token.Kind kind(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Tokenizer.isArabicLetter(c)) {
        return Token.Kind.ARABIC;
      }
      letter |= Character.isLetter(c);
    }
    if (letter) {
      return Token.Kind.LATIN;
    }
    return !word.isEmpty() && Character.isDigit(word.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
  }
}
