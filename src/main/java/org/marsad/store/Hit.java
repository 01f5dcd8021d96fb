package org.marsad.store;

import java.util.List;
import org.marsad.doc.Article;

/**
 * One search result: the record, its BM25 score, a passage with the matched words marked, and
 * the outlets that carried the same story nearly word for word ({@link Syndication}).
 */
public record Hit(Article article, float score, String snippet, List<String> alsoIn) {

  public Hit {
    alsoIn = List.copyOf(alsoIn);
  }

  /** The outlet to name an article by: its first credit, else the host or path it came from. */
  public static String outlet(Article a) {
    if (!a.credits().isEmpty()) {
      return a.credits().get(0);
    }
    return Keys.host(a.source()).orElse(a.source());
  }
}
