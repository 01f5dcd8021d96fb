package org.marsad.text;

/** A word, number or punctuation mark at {@code [start, end)} of the text. */
public record Token(int start, int end, String text, Kind kind) {

  public enum Kind { ARABIC, LATIN, NUMBER, PUNCT }

  /** The normalised form, for lookups. */
  public String norm() {
    return ArabicNormalizer.normalize(text);
  }
}
