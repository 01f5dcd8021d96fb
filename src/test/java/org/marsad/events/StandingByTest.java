package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Standing by a party, "الوقوف إلى جانب" (sixteenth round): the verb, the masdar after a verb of
 * expressing, and the masdar with its doer in the genitive are support of the one named after. Invented sentences.
 */
class StandingByTest {

  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردني", "الأردنية");
  static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراق", "العراقي", "العراقية");
  static final EventCoderTest.E OMAN = country("Oman", "OMN", "عمان", "العماني", "العمانية");
  static final EventCoderTest.E KUWAIT = country("Kuwait", "KWT", "الكويت", "الكويتي", "الكويتية");
  static final EventCoderTest.E YEMEN = country("Yemen", "YEM", "اليمن", "اليمني", "اليمنية");

  @Test
  void theVerbOfStandingByIsSupport() {
    assertThat(code("وقال وزير الخارجية الأردني إن الأردن يقف إلى جانب العراق في مواجهة الإرهاب.", JORDAN, IRAQ))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("JOR", "SUPPORT", "IRQ"));
    // its bare past is also "a halt": a truce beside something else is no standing by
    assertThat(code("وتضمن الاتفاق وقف إطلاق النار إلى جانب عودة اللاجئين إلى العراق.", JORDAN, IRAQ))
        .extracting(Event::type)
        .doesNotContain("SUPPORT");
  }

  @Test
  void standingByExpressedIsSupport() {
    assertThat(code("وأعربت الكويت في بيان لوزارة خارجيتها عن وقوفها إلى جانب اليمن.", KUWAIT, YEMEN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("KWT", "SUPPORT", "YEM"));
  }

  @Test
  void theGenitiveOfStandingIsWhoStandsWhereItsOwnTellIt() {
    assertThat(code("وجدد الرئيس العماني وقوف عمان إلى جانب اليمن في هذه الظروف.", OMAN, YEMEN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("OMN", "SUPPORT", "YEM"))
        .doesNotContain(tuple("YEM", "SUPPORT", "OMN"));
  }
}
