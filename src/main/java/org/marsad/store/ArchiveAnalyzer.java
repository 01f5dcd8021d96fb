package org.marsad.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The words of titles and bodies as the index holds them: Lucene's Arabic chain (the one
 * {@link ArabicAnalyzer} wires), used for both documents and queries. Normalisation folds hamza
 * seats, alef maqsura, ta marbuta, diacritics and tatweel; the light stemmer (Larkey et al.,
 * "light10") takes off the article and the leading conjunction و (وال، بال، كال، فال، لل، ال، و)
 * and common suffixes, so "ولافروف" and "لافروف" meet, and "الكوريل" and "كوريل". Digits of any
 * script become ASCII; Latin letters are lower-cased; Arabic stop words are dropped.
 */
public final class ArchiveAnalyzer extends Analyzer {

  private final CharArraySet stopWords = ArabicAnalyzer.getDefaultStopSet();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream words = new LowerCaseFilter(source);
    words = new DecimalDigitFilter(words);
    words = new StopFilter(words, stopWords);
    words = new ArabicNormalizationFilter(words);
    words = new ArabicStemFilter(words);
    return new TokenStreamComponents(source, words);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
  }
}
