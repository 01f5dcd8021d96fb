package org.marsad.ingest;

import java.util.List;

/**
 * One article as read, before cleaning: {@code text} is the page as plain text, one block a
 * line (HTML already flattened), page furniture still in it. {@code warnings} are what reading
 * noticed (a file cut at the size limit, HTML that ends inside a tag). {@code captions} are
 * lines the page itself marks as photo captions (an HTML {@code figcaption}), in any language.
 */
public record RawArticle(String source, String text, Given given, List<String> warnings, List<String> captions) {

  public RawArticle {
    warnings = List.copyOf(warnings);
    captions = List.copyOf(captions);
  }

  public RawArticle(String source, String text, Given given, List<String> warnings) {
    this(source, text, given, warnings, List.of());
  }

  public RawArticle(String source, String text, Given given) {
    this(source, text, given, List.of(), List.of());
  }
}
