package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * A gentilic in the plural after a plural of people in construct and its indefinite genitive
 * ("سائقي شاحنات تونسيين"): the adjective names people, so it is of the construct's people, not of
 * the thing in the genitive. Invented sentences.
 */
class GentilicAfterGenitiveTest {

  static final EventCoderTest.E MOROCCO = nisbas("Morocco", "MAR", "مغاربة");
  static final EventCoderTest.E TUNISIA = nisbas("Tunisia", "TUN", "تونسيين");
  static final EventCoderTest.E NIGER = country("Niger", "NER", "النيجر");

  @Test
  void driversOfTrucksAreOfThePeopleTheAdjectiveNames() {
    assertThat(of("ASSAULT", code("وخطف مسلحون مجهولون أربعة سائقي شاحنات مغاربة قرب الحدود في النيجر.",
        MOROCCO, NIGER))).extracting(ACTOR, TARGET).containsExactly(tuple("-/UAF", "MAR/LAB"));
    assertThat(of("ASSAULT", code("واختطف مسلحون مجهولون ستة سائقي حافلات تونسيين على طريق في النيجر.",
        TUNISIA, NIGER))).extracting(ACTOR, TARGET).containsExactly(tuple("-/UAF", "TUN/LAB"));
  }
}
