package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Layer;
import org.marsad.doc.Mention;
import org.marsad.doc.Quote;
import org.marsad.text.AnalyzedText;

/** Whatever the text, quotations are read without failing, and each one is where it says. */
class QuoteExtractorPropertiesTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  @Property(tries = 300)
  void everyQuotationIsTheTextAtItsOffsets(@ForAll("newsLike") String text) {
    List<Entity> people = List.of(new Entity("p:x", "Someone", "سامي", EntityType.PERSON, null, "EGY", "Minister",
        text.contains("سامي") ? List.of(new Mention(text.indexOf("سامي"), text.indexOf("سامي") + 4, "سامي"))
            : List.of()));
    Layer<Quote> layer = EXTRACTOR.extract(AnalyzedText.of(text, List.of()), people);
    for (Quote q : layer.items()) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.text()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> word = Arbitraries.of("وقال", "قالت", "أكد", "أن", "إن", "سامي", "الوزير", "المصري", ":", "،",
        ".", "\"", "'", "«", "»", "“", "”", "‘", "’", "\n", "\n\n", "من جانبه", "وأضاف", "تنظيم", "بصيغة", "كلام",
        "طويل", "جدا", "هنا", "2+2", "\uFEFF", "-", "على حد تعبيره", " ", " ", " ", " ", " ");
    return word.list().ofMaxSize(80).map(ws -> String.join("", ws)); // marks sometimes touch their words
  }
}
