package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a raw article: finds its headline, date line, credits and dateline, and removes page
 * furniture. For now only what the input states is taken; the text is kept whole.
 */
public final class Cleaner {

  public CleanArticle clean(RawArticle raw) {
    Given g = raw.given();
    List<String> credits = new ArrayList<>();
    if (g.outlet() != null) {
      credits.add(g.outlet());
    }
    return new CleanArticle(raw.source(), g.title(), g.published(), credits, null, "ar", raw.text().strip(),
        List.of(), List.of());
  }
}
