package org.marsad.text;

/**
 * A word, number or punctuation mark at {@code [start, end)} of the text, with its normalised
 * form for lookups ({@link ArabicNormalizer}), made once: every layer looks every word up.
 */
public record Token(int start, int end, String text, Kind kind, String norm) {

  public enum Kind { ARABIC, LATIN, NUMBER, PUNCT }

  public Token(int start, int end, String text, Kind kind) {
    this(start, end, text, kind, ArabicNormalizer.normalize(text));
  }

  /** Whether this is a comma, the Arabic "،" or the Latin ",": what sets off an apposition or a clause. */
  public boolean isComma() {
    return text.equals("،") || text.equals(",");
  }

  /** Whether this is a mark that ends a sentence ("."، "؟"، "!"), as {@link SentenceSplitter} reads one. */
  public boolean endsSentence() {
    return kind == Kind.PUNCT && text.length() == 1 && SentenceSplitter.isTerminalChar(text.charAt(0));
  }
}
