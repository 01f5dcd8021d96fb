package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.person;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Forces sent or deployed counted in soldiers or named by their units ("إرسال 300 جندي"، "نشر فوجين"), the
 * verbal noun of deploying after a proclitic ("بنشر"), an order's subject as the doer of what it orders
 * ("أمر الرئيس بنشر"), and a charge after an accuser whose name stands between commas. Invented sentences.
 */
class SoldiersSentTest {

  static final EventCoderTest.E KENYA = country("Kenya", "KEN", "كينيا", "الكيني", "الكينية");
  static final EventCoderTest.E SOMALIA = country("Somalia", "SOM", "الصومال");
  static final EventCoderTest.E MANDERA = city("Mandera", "KEN", "مانديرا");

  @Test
  void soldiersCountedAreForcesSent() {
    assertThat(of("MOBILIZE", code("وأعلن الجيش الكيني إرسال 300 جندي إضافي إلى مانديرا.", KENYA, MANDERA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("KEN/MIL", "-"));
    assertThat(of("MOBILIZE", code("وأعلن الرئيس الكيني نشر ألف جندي إضافي في مانديرا.", KENYA, MANDERA)))
        .extracting(ACTOR).containsExactly("KEN/GOV");
  }

  @Test
  void regimentsAndBattalionsAreForces() {
    assertThat(of("MOBILIZE", code("وأعلنت قيادة الجيش الكيني نشر فوجين إضافيين في مانديرا.", KENYA, MANDERA)))
        .extracting(ACTOR).containsExactly("KEN/MIL");
  }

  @Test
  void anOrderToDeployIsTheOrderersMobilisation() {
    assertThat(of("MOBILIZE", code("وأمر الرئيس الكيني بنشر كتيبتين إضافيتين في مانديرا.", KENYA, MANDERA)))
        .extracting(ACTOR).containsExactly("KEN/GOV");
  }

  @Test
  void photosOfSoldiersPublishedAreNoDeployment() {
    assertThat(code("ونشر الموقع الكيني صور الجنود القتلى في مانديرا.", KENYA, MANDERA))
        .extracting(Event::type).doesNotContain("MOBILIZE");
  }

  @Test
  void aDeploymentChargedAfterTheAccusersNameBetweenCommasIsTheCharge() {
    EventCoderTest.E spokesman = person("Jane Wanjiru", "KEN", "جين وانجيرو");
    assertThat(code("واتهم المتحدث باسم الحكومة الكينية، جين وانجيرو، الصومال بنشر قوات داخل الأراضي الكينية.",
        KENYA, SOMALIA, spokesman))
        .extracting(Event::type).containsExactly("ACCUSE");
  }
}
