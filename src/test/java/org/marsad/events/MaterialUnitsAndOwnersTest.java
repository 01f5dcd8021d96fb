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

  @Test
  void aBlastInsideTheVehicleOfAForceStrikesThatForce() {
    assertThat(code("وانفجرت عبوة ناسفة في سيارة للشرطة العراقية في الموصل.", IRAQ, MOSUL))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/COP"));
    assertThat(code("وانفجرت قنبلة بحافلة تابعة للجيش اللبناني قرب صيدا.", LEBANON, SIDON))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "LBN/MIL"));
    // the dead named, the premises near which it fell are where, not whom
    assertThat(code("وقتل ثلاثة أشخاص في انفجار قرب مقر للجيش في الموصل.", MOSUL))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/CVL"));
  }

  @Test
  void aCoalitionLedByAStateInARelativeClauseIsThatStates() {
    EventCoderTest.E saudi = country("Saudi Arabia", "SAU", "السعودية");
    EventCoderTest.E yemen = country("Yemen", "YEM", "اليمن");
    assertThat(code("وشنت طائرات التحالف الذي تقوده السعودية غارات على مواقع للمتمردين في اليمن.", saudi, yemen))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "SAU/MIL"));
    EventCoderTest.E usa = country("United States", "USA", "الولايات المتحدة");
    assertThat(code("وقصفت قوات التحالف، التي تقودها الولايات المتحدة، مواقع للمتمردين في الموصل.", usa, MOSUL))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "USA/MIL"));
  }

  @Test
  void someCountedOfAGroupCountedAreTheObject() {
    EventCoderTest.E iraqis = nisbas("Iraq", "IRQ", "عراقيا");
    List<Event> events = code("وقتل مسلحون خمسة من 13 عراقيا خطفوا أمس قرب الموصل.", iraqis, MOSUL);
    assertThat(events).extracting(Event::type, ACTOR, TARGET).first().isEqualTo(tuple("ASSAULT", "-/UAF", "IRQ"));
    assertThat(events.get(0).target().text()).isEqualTo("خمسة من 13 عراقيا");
    EventCoderTest.E usa = country("United States", "USA", "أمريكيين");
    events = code("وقتل مسلحون اثنين من ثلاثة جنود أمريكيين قرب الموصل.", usa, MOSUL);
    assertThat(events).extracting(Event::type, ACTOR, TARGET).first().isEqualTo(tuple("ASSAULT", "-/UAF", "USA/MIL"));
    assertThat(events.get(0).actor().text()).isEqualTo("مسلحون");
  }

  @Test
  void diplomatsAreTheirGovernments() {
    EventCoderTest.E egypt = country("Egypt", "EGY", "مصريين");
    List<Event> events = code("وخطف مسلحون ثلاثة دبلوماسيين مصريين من مقر إقامتهم في الموصل.", egypt, MOSUL);
    assertThat(events).extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "EGY/GOV"));
  }

  @Test
  void whoBlewHimselfUpDidTheAttack() {
    // "نفسه" is the verb's object: the man before it is the bomber, not one who suffered it
    List<Event> events = code("وقال مصدر أمني إن رجلا فجر نفسه وسط سوق شعبي في الموصل.", MOSUL);
    assertThat(events).extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "-/UAF"));
  }

  @Test
  void aDescriptionOfTwoVerbsJoinedStandsBetweenTheSubjectAndItsVerb() {
    assertThat(code("وقالت الشرطة إن انتحاريا يرتدي حزاما ناسفا ويقود دراجة نارية فجر نفسه قرب الموصل.", MOSUL))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "-/UAF"));
  }

  @Test
  void anIndefiniteAttackAsTheSubjectOfThatIsTold() {
    // "إن هجوما ... نفذ ضد": the accusative of the subject of إن, its tanwin written with alif
    assertThat(code("وقالت مصادر أمنية إن هجوما بالصواريخ نفذ ضد دورية للجيش العراقي قرب الموصل.", IRAQ, MOSUL))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/MIL"));
  }
}
