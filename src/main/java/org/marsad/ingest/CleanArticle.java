package org.marsad.ingest;

import java.util.List;
import org.marsad.doc.Span;

/**
 * An article cleaned of page furniture, with what its text says about itself. {@code text}
 * keeps the article's words exactly; {@code captions} are spans of photo captions inside it.
 */
public record CleanArticle(
    String source,
    String title,
    String published,
    List<String> credits,
    String dateline,
    String language,
    String text,
    List<Span> captions,
    List<String> warnings) {

  public CleanArticle {
    credits = List.copyOf(credits);
    captions = List.copyOf(captions);
    warnings = List.copyOf(warnings);
  }
}
