package org.marsad.store;

import org.marsad.doc.Article;

/**
 * What a result row shows of an article: its id, where it came from, its headline, its
 * publication date and the outlet it is named by ({@link Hit#outlet}). A search reads this much
 * of each result, not the layers of its record.
 */
public record Summary(String id, String source, String title, String published, String outlet) {

  public static Summary of(Article a) {
    return new Summary(a.id(), a.source(), a.title(), a.published(), Hit.outlet(a));
  }
}
