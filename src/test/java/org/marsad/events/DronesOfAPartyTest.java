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
import org.marsad.doc.Event;

/**
 * A drone of the party named after it ("مسيرة إسرائيلية"، "مسيّرات تابعة للجيش") is that party's forces, the doer
 * of the strike it carries out; alone, or before a word that names no party, "مسيرة" stays a march. Invented
 * sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class DronesOfAPartyTest {

  static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "تركيا", "التركي", "التركية", "تركية");
  static final EventCoderTest.E SYRIA = country("Syria", "SYR", "سوريا", "السوري", "السورية");
  static final EventCoderTest.E AMUDA = city("Amuda", "SYR", "عامودا");
  static final EventCoderTest.E MOROCCO = country("Morocco", "MAR", "المغرب", "المغربي", "المغربية");
  static final EventCoderTest.E AGADIR = city("Agadir", "MAR", "أكادير");

  @Test
  void aDroneWithAStatesAdjectiveIsThatStatesForces() {
    assertThat(of("ASSAULT", code("وقصفت مسيرة تركية صباح اليوم سيارة في عامودا، ما أدى إلى مقتل ثلاثة أشخاص.",
        TURKEY, SYRIA, AMUDA))).extracting(ACTOR, TARGET).contains(tuple("TUR/MIL", "SYR/CVL"));
  }

  @Test
  void aDroneTheWordsTieToAnArmyIsThatArmys() {
    assertThat(of("ASSAULT", code("واستهدفت مسيّرات تابعة للجيش التركي مزرعة قرب عامودا.", TURKEY, SYRIA, AMUDA)))
        .extracting(ACTOR).contains("TUR/MIL");
  }

  @Test
  void dronesOfAStateMarchNowhere() {
    assertThat(code("واستهدفت مسيرات تركية مزرعة قرب عامودا.", TURKEY, SYRIA, AMUDA)).extracting(Event::type)
        .doesNotContain("PROTEST");
  }

  static final EventCoderTest.E MALI = country("Mali", "MLI", "مالي");
  static final EventCoderTest.E ALGERIA = country("Algeria", "DZA", "الجزائر", "الجزائري");

  @Test
  void anIndefiniteMalianDroneIsMalis() {
    // "مالية" is "financial" as often as "Malian": after a drone, in an article that names Mali, it is Mali's
    assertThat(of("ASSAULT", code("وأسقط الجيش الجزائري مسيرة مالية قرب الحدود مع مالي.", MALI,
        ALGERIA))).extracting(ACTOR, TARGET).containsExactly(tuple("DZA/MIL", "MLI/MIL"));
    assertThat(code("وفرضت الحكومة في مالي غرامة مالية على الشركة.", MALI)).flatExtracting(e -> java.util.Arrays.asList(
        e.actor() == null ? null : e.actor().code(), e.target() == null ? null : e.target().code())).doesNotContain("MLI");
  }

  @Test
  void aMarchNamedByItsKindStaysAMarch() {
    assertThat(of("PROTEST", code("ونظم مئات العمال مسيرة حاشدة وسط أكادير للمطالبة بتحسين الأجور.", MOROCCO, AGADIR)))
        .isNotEmpty();
  }
}
