package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ArchiveAnalyzerTest {

  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer a = ArchiveAnalyzer.create(); TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void theLeadingConjunctionAndTheArticleComeOff() throws IOException {
    assertThat(terms("ولافروف")).isEqualTo(terms("لافروف")).containsExactly("لافروف");
    assertThat(terms("الكوريل")).isEqualTo(terms("كوريل"));
    assertThat(terms("وبالكوريل")).isNotEqualTo(terms("كوريل")); // only one proclitic layer: light stemming
  }

  @Test
  void spellingVariantsAndDigitsFold() throws IOException {
    assertThat(terms("أنقرة")).isEqualTo(terms("انقره"));
    assertThat(terms("عام ٢٠١٩")).contains("2019");
    assertThat(terms("Sergey LAVROV")).containsExactly("sergey", "lavrov");
  }

  @Test
  void stopWordsAreNotIndexed() throws IOException {
    assertThat(terms("في موسكو من أجل السلام")).doesNotContain("في", "من");
  }
}
