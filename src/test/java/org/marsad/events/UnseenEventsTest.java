package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Events the coder did not see (issue 12, the causes found on samples/heldout2), each shown as a
 * general construction on invented sentences.
 */
class UnseenEventsTest {

  static final EventCoderTest.E SUDAN = country("Sudan", "SDN", "السودانية", "السوداني");
  static final EventCoderTest.E ETHIOPIA = country("Ethiopia", "ETH", "الإثيوبي", "إثيوبيا");
  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "المصري");
  static final EventCoderTest.E ISRAEL = country("Israel", "ISR", "إسرائيل");

  @Test
  void aSecondVerbJoinedToADenialIsAnAccusationOfItsOwn() {
    assertThat(code("ونفت الحكومة السودانية التقارير واتهمت الجيش الإثيوبي بالكذب.", SUDAN, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SDN", "ACCUSE", "ETH"));
    assertThat(code("ونفى الوزير السوداني مسؤوليته عن الانفجار واتهم إثيوبيا بتدبيره.", SUDAN, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SDN", "ACCUSE", "ETH"));
  }

  @Test
  void aVerbInTheClauseAfterThatIsStillTheDenialsContent() {
    assertThat(code("ونفى الوزير السوداني أن بلاده اتهمت إثيوبيا.", SUDAN, ETHIOPIA))
        .extracting(Event::type)
        .doesNotContain("ACCUSE");
  }

  @Test
  void participlesOfVowingAndHoldingResponsibleCodeLikeTheirVerbs() {
    assertThat(code("وقال الوزير المصري إن بلاده لن تقبل بذلك، متوعدا إسرائيل بالرد.", EGYPT, ISRAEL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("EGY", "THREATEN", "ISR"));
    assertThat(code("وقال الوزير المصري إن القصف مستمر، محملا إسرائيل المسؤولية الكاملة عن الضحايا.", EGYPT, ISRAEL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "ACCUSE", "ISR"));
  }

  static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراقية", "العراقي");

  @Test
  void aCurfewIsImposedWithOrWithoutTheArticle() {
    assertThat(code("وفرضت الشرطة العراقية حظر تجول في المدينة.", IRAQ))
        .extracting(Event::type, Event::subtype)
        .containsExactly(tuple("COERCE", "curfew"));
  }

  @Test
  void aVerbOfProceedingTellsTheActAfterItsPreposition() {
    assertThat(code("وعمد مسلحون مجهولون إلى خطف طبيب عراقي في كركوك.", IRAQ))
        .extracting(Event::type, Event::subtype)
        .containsExactly(tuple("ASSAULT", "abduct"));
  }
}
