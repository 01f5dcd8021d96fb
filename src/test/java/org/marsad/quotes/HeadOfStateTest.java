package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * "رئيس الدولة", the head of state, as the Maghrebi press names the president again: a complete
 * office whose holder is the president the article named, not the head of a body called "الدولة".
 */
class HeadOfStateTest {

  @Test
  void theHeadOfStateIsThePresidentNamedBefore() {
    List<Quote> quotes = Story.of(
            "استقبل رئيس الجمهورية منير الشابي بقصر الرئاسة وزيرة الخارجية النمساوية كلارا فيبر.",
            "وأكد رئيس الدولة خلال اللقاء أن بلاده \"ترحب بكل استثمار يحترم مصالح الطرفين\".")
        .person("منير الشابي", "President", null, "منير الشابي")
        .person("كلارا فيبر", "Foreign Minister", null, "كلارا فيبر").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("منير الشابي");
  }
}
