package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * A state's forces and police named by their government or their locality with no country ("القوات الحكومية"،
 * "القوات النظامية"، "الشرطة المحلية") are a sector of their own, of the country where they act; the adjective
 * no longer parts the sector word from the verb after it. Invented sentences; "code/sector" as in
 * {@link MaterialEventsTest}.
 */
class ForcesNamedByTheirGovernmentTest {

  static final EventCoderTest.E MALI = country("Mali", "MLI", "مالي", "المالي", "المالية");
  static final EventCoderTest.E MOPTI = city("Mopti", "MLI", "موبتي");

  @Test
  void governmentForcesBeforeTheirVerbDoTheAct() {
    assertThat(of("ASSAULT", code("وقال الحاكم إن القوات الحكومية قتلت سبعة مسلحين في موبتي.", MALI, MOPTI)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("MLI/MIL", "MLI/UAF"));
    assertThat(of("ASSAULT", code("وأكد الحاكم أن القوات النظامية تمكنت من قتل خمسة متمردين قرب موبتي.", MALI, MOPTI)))
        .extracting(ACTOR).containsOnly("MLI/MIL");
  }

  @Test
  void localPoliceBeforeTheirVerbArrest() {
    assertThat(of("COERCE", code("وذكر المتحدث أن الشرطة المحلية اعتقلت ثلاثة أشخاص في موبتي.", MALI, MOPTI)))
        .extracting(ACTOR).containsOnly("MLI/COP");
  }

  @Test
  void aCountrysAdjectiveAfterThemStillNamesTheirCountry() {
    assertThat(of("COERCE", code("واعتقلت القوات الحكومية المالية عشرة أشخاص في موبتي.", MALI, MOPTI)))
        .extracting(ACTOR).containsOnly("MLI/MIL");
  }
}
