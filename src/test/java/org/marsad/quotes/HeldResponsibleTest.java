package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * حمّل "held responsible" reports a charge, whose quoted words are the speaker's; unvocalised, حمل
 * is as often "carried", and is a cue only with a noun of responsibility after it or its shadda.
 */
class HeldResponsibleTest {

  @Test
  void theOneWhoHoldsAnotherResponsibleSaysTheQuotedCharge() {
    List<Quote> quotes = Story.of(
            "ودانت وزارة الخارجية الحادث، وحمّل الناطق الرسمي باسم الوزارة، السفير سامي الخطيب، الحكومة المجاورة "
                + "\"المسؤولية الكاملة عن هذا الاعتداء الذي طال مدنيين عزلاً\".",
            "وحمل وزير الداخلية كريم الصافي الجماعات المسلحة المسؤولية عن \"الفوضى التي تعيشها المدن الحدودية منذ "
                + "أشهر\".")
        .person("سامي الخطيب", null, null, "سامي الخطيب")
        .person("كريم الصافي", "Interior Minister", null, "كريم الصافي").direct();
    assertThat(quotes).extracting(Quote::cue, Quote::speakerName)
        .containsExactly(tuple("حمّل", "سامي الخطيب"), tuple("حمل", "كريم الصافي"));
  }

  @Test
  void carryingIsNoReport() {
    List<Quote> quotes = Story.of(
            "وقال سامي الخطيب إن \"المساعدات ستصل في موعدها\".",
            "وحمل وزير الداخلية كريم الصافي حقيبة سوداء إلى الاجتماع، فيما \"تتواصل المشاورات بين الأطراف كلها\".")
        .person("سامي الخطيب", null, null, "سامي الخطيب")
        .person("كريم الصافي", "Interior Minister", null, "كريم الصافي").quotes();
    assertThat(quotes).extracting(Quote::cue).doesNotContain("حمل");
  }

  @Test
  void aLadenDroneIsNoChargeThatEndsTheReportedClause() {
    List<Quote> quotes = Story.of(
            "وأوضح المصدر أن الدفاعات الجوية أسقطت طائرة مسيّرة محمّلة بالمتفجرات قرب الحدود الشمالية.").quotes();
    assertThat(quotes).extracting(Quote::text)
        .containsExactly("الدفاعات الجوية أسقطت طائرة مسيّرة محمّلة بالمتفجرات قرب الحدود الشمالية");
  }

  @Test
  void aChargeAfterAQuotationOpensANewClauseAndDoesNotReportIt() {
    List<Quote> quotes = Story.of(
            "قررت الهيئة في اجتماعها \"تجميد عضوية الأمين العام في الحزب\"، وحمّلت السلطات مسؤولية أي تعامل معه.").quotes();
    assertThat(quotes).extracting(Quote::cue).doesNotContain("وحمّلت", "حمّلت");
  }
}
