package org.marsad.quotes;

import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.Layer;
import org.marsad.doc.Quote;
import org.marsad.text.AnalyzedText;

/** Finds who said what. */
public final class QuoteExtractor {

  public Layer<Quote> extract(AnalyzedText text, List<Entity> entities) {
    return Layer.of(List.of()); // filled by the quotations issue
  }
}
