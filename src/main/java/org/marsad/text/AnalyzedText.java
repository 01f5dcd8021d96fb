package org.marsad.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marsad.doc.Span;

/**
 * The cleaned article text with its structure: paragraphs, sentences, tokens, and the spans
 * of photo captions. Built once by {@link #of(String, List)}, read by every annotator.
 */
public record AnalyzedText(String text, List<Span> paragraphs, List<Span> sentences, List<Token> tokens,
    List<Span> captions) {

  public AnalyzedText {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    captions = List.copyOf(captions);
  }

  public static AnalyzedText of(String text, List<Span> captions) {
    return new AnalyzedText(text, SentenceSplitter.paragraphs(text), SentenceSplitter.sentences(text),
        Tokenizer.tokenize(text), captions);
  }

  /** The sentence holding {@code offset}, if any. */
  public Span sentenceAt(int offset) {
    int i = Collections.binarySearch(sentences, new Span(offset, offset));
    int idx = i >= 0 ? i : -i - 2;
    if (idx >= 0 && idx < sentences.size() && sentences.get(idx).contains(offset)) {
      return sentences.get(idx);
    }
    return null;
  }

  /** The tokens inside {@code span}. */
  public List<Token> tokensIn(Span span) {
    int lo = firstTokenAtOrAfter(span.start());
    List<Token> out = new ArrayList<>();
    for (int i = lo; i < tokens.size() && tokens.get(i).end() <= span.end(); i++) {
      out.add(tokens.get(i));
    }
    return out;
  }

  /** Index of the first token starting at or after {@code offset}. */
  public int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public boolean inCaption(int offset) {
    for (Span c : captions) {
      if (c.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}
