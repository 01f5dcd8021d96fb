package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.IRAQ;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.TARGET;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who does and who suffers a material act where the party is named through what it owns or
 * counts: a unit of a force ("قوة من الجيش"، "القوة الجوية للجيش")، a vehicle that belongs to a
 * force ("حافلة تابعة للشرطة")، people counted by a nisba in any ending ("13 عراقيا"). Invented
 * sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class MaterialUnitsAndOwnersTest {

  static final EventCoderTest.E LEBANON = country("Lebanon", "LBN", "لبنان", "اللبناني");
  static final EventCoderTest.E SIDON = city("Sidon", "LBN", "صيدا");

  @Test
  void aVehicleThatBelongsToAForceIsThatForce() {
    List<Event> events = code("وهاجم مسلحون حافلة تابعة للجيش اللبناني قرب صيدا أمس.", LEBANON, SIDON);
    assertThat(events).extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "LBN/MIL"));
    assertThat(events.get(0).target().text()).isEqualTo("حافلة تابعة للجيش اللبناني");
  }

  @Test
  void aPatrolOfTheForceItBelongsTo() {
    assertThat(code("واستهدف انتحاري دورية تابعة للشرطة العراقية في الموصل.", IRAQ, MOSUL))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/COP"));
  }

  @Test
  void aUnitOfAForceIsThatForce() {
    assertThat(code("وقالت مصادر أمنية إن قوة من الجيش العراقي اعتقلت خمسة مسلحين في الموصل.", IRAQ, MOSUL))
        .extracting(Event::type, ACTOR).containsExactly(tuple("COERCE", "IRQ/MIL"));
    EventCoderTest.E israel = country("Israel", "ISR", "إسرائيلية");
    assertThat(code("وقتلت قوة إسرائيلية ثلاثة مسلحين في جنين.", israel, city("Jenin", "PSE", "جنين")))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "ISR/MIL"));
  }

  @Test
  void theArmOfAForceNamedAfterItsArmyIsThatArmy() {
    assertThat(code("وقال مصدر عسكري إن القوة الجوية للجيش العراقي قصفت مواقع للمسلحين قرب الموصل.", IRAQ, MOSUL))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "IRQ/MIL"));
  }

  @Test
  void strengthWithNoPartyAfterItIsNoForce() {
    // "بقوة": forcefully; no party of armed forces is made of it
    assertThat(code("وفرقت الشرطة العراقية بقوة مظاهرة في الموصل.", IRAQ, MOSUL))
        .extracting(ACTOR).doesNotContain("IRQ/MIL", "-/MIL");
  }

  @Test
  void aPeopleCountedByANisbaInTheAccusativeIsTheObject() {
    EventCoderTest.E iraqis = nisbas("Iraq", "IRQ", "عراقيا");
    List<Event> events = code("وقتل مسلحون 13 عراقيا في الموصل أمس.", iraqis, MOSUL);
    assertThat(events).extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "IRQ"));
    assertThat(events.get(0).target().text()).isEqualTo("13 عراقيا");
  }

  @Test
  void aNumberAfterThePartyOfTheVerbCountsItsObject() {
    // "قتل مسلحون 28 ...": the number after them counts whom they killed, so the verb is active
    assertThat(code("وقتل مسلحون 28 متطوعا قرب الموصل أمس.", MOSUL))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "-/UAF"));
  }
}
