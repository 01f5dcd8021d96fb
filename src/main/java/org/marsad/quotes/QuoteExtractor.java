package org.marsad.quotes;

import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.Layer;
import org.marsad.doc.Quote;
import org.marsad.text.AnalyzedText;

/**
 * Finds who said what: quotations in every mark Arabic outlets use, reported speech after
 * أن/إن, the reporting verb of each, and its speaker among the article's entities (named,
 * by office, by pronoun or turn-taking phrase). Quoted names and terms are left out.
 * Thread-safe: the word lists are loaded once and only read.
 */
public final class QuoteExtractor {

  private final Lexicon lexicon = new Lexicon();

  public Layer<Quote> extract(AnalyzedText text, List<Entity> entities) {
    if (text.tokens().isEmpty() || text.sentences().isEmpty()) {
      return Layer.of(List.of());
    }
    return new ArticleQuotes(lexicon, text, entities).run();
  }
}
