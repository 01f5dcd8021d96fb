package org.marsad.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * The words of titles and bodies as the index holds them: Lucene's {@link ArabicAnalyzer} as it
 * comes, used for both documents and queries. Normalisation folds hamza
 * seats, alef maqsura, ta marbuta, diacritics and tatweel; the light stemmer (Larkey et al.,
 * "light10") takes off the article and the leading conjunction و (وال، بال، كال، فال، لل، ال، و)
 * and common suffixes, so "ولافروف" and "لافروف" meet, and "الكوريل" and "كوريل". Digits of any
 * script become ASCII; Latin letters are lower-cased; Arabic stop words are dropped.
 */
public final class ArchiveAnalyzer {

  private ArchiveAnalyzer() {}

  /** A new analyzer; the caller closes it. */
  public static Analyzer create() {
    return new ArabicAnalyzer();
  }
}
