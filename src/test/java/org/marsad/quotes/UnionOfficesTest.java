package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/** "الكاتب العام", the Maghrebi press's secretary-general, is an office whose holder is named after its body. */
class UnionOfficesTest {

  @Test
  void theSecretaryGeneralOfAUnionNoEntityStandsForSpeaks() {
    List<Quote> quotes = Story.of(
            "وقال الكاتب العام لنقابة عمال الموانئ البحرية سمير الجلاصي لـ\"الصباح\": \"لن نعود إلى العمل قبل توقيع "
                + "الاتفاق\".")
        .modelPerson("سمير الجلاصي", null, "سمير الجلاصي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سمير الجلاصي");
  }
}
