package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.TARGET;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Casualties;
import org.marsad.doc.Event;

/**
 * The dead and injured of an attack named as the cause of their verb, the attack aimed with
 * "على" or "ضد" at a thing and told where it fell ("قتل N في هجوم على X في Y"): the counted are
 * who suffered it, its doer unknown unless named; the place after "في" is where it fell, not
 * whom it was aimed at. Invented sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class MaterialCauseTest {

  static final EventCoderTest.E KIRKUK = city("Kirkuk", "IRQ", "كركوك");
  static final EventCoderTest.E YEMEN = country("Yemen", "YEM", "اليمن");
  static final EventCoderTest.E ADEN = city("Aden", "YEM", "عدن");

  @Test
  void theCountedOfAVerbBeforeAnAttackOnAThingSufferIt() {
    assertThat(code("وقتل ثلاثة من عناصر الشرطة في هجوم على مخفر في كركوك مساء الأحد.", KIRKUK))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-", "IRQ/COP"));
  }

  @Test
  void everyAttackNounAimedWithAlaOrDiddTakesItsPlaceAsWhereNotWhom() {
    assertThat(code("وأصيب ستة جنود في كمين ضد قافلة عسكرية في عدن.", YEMEN, ADEN))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-", "YEM/MIL"));
    assertThat(code("وقتل خمسة من أفراد الشرطة في اعتداء على مركز أمني في الموصل.", MOSUL))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-", "IRQ/COP"));
  }

  @Test
  void anAttackerNamedWithTheNounStillLeavesTheCountedAsWhoSuffered() {
    // the gunmen in the plural, after the noun ("هجوم مسلح" is an armed attack: MaterialPartiesTest)
    assertThat(code("وقتل ثلاثة من عناصر الشرطة في هجوم المسلحين على مخفر في كركوك.", KIRKUK))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "IRQ/COP"));
  }

  @Test
  void theDeadMetByLaqiyaAreCountedWithTheAttack() {
    var events = code("ولقي أربعة مدنيين حتفهم في انفجار على طريق سريع في عدن.", YEMEN, ADEN);
    assertThat(events).extracting(Event::type).containsExactly("ASSAULT");
    assertThat(events.get(0).casualties()).isEqualTo(new Casualties(4, null));
  }
}
