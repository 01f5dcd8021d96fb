package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.BAGHDAD;
import static org.marsad.events.MaterialEventsTest.IRAQ;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.TURKEY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who does and who suffers a material act where the grammar tells it: forces named by a
 * possessive pronoun after "أن"/"إن" ("قال الجيش إن جنوده"), an accusative object after the
 * verb's party (the verb is active), and an act named as the cause (the verb is a passive).
 * Invented sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class MaterialPartiesTest {

  static final EventCoderTest.E USA = country("United States", "USA", "الأمريكي", "الأمريكية");

  @Test
  void forcesNamedByAPronounAreTheForcesOfWhoSaysIt() {
    List<Event> events = code("وقال الجيش الأمريكي في بيان إن جنوده قتلوا خمسة مسلحين قرب بغداد.", USA, BAGHDAD);
    // "قرب بغداد" places the act, and armed men the forces kill are of the country where they fight
    assertThat(events).extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "USA/MIL", "IRQ/UAF"));
    assertThat(events.get(0).actor().text()).isEqualTo("جنوده");
  }

  @Test
  void forcesNamedByAPronounAreNotThoseOfAPlaceAfterAPreposition() {
    // the president came back from Russia: "قواته" are his country's, not Russia's
    List<Event> events = code("وقال الرئيس الأمريكي بعد عودته من روسيا إن قواته قصفت مواقع المسلحين.", USA,
        country("Russia", "RUS", "روسيا"));
    assertThat(events).extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "USA/MIL"));
  }

  @Test
  void aGovernmentsAircraftAreItsArmedForces() {
    assertThat(code("وأعلنت الحكومة التركية أن طائراتها قصفت مواقع للمتمردين في شمال العراق.", TURKEY, IRAQ))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "TUR/MIL"));
  }

  @Test
  void withoutWhatSomeoneSaysThePronounFindsNoOwner() {
    // "عناصره" is the post's men, not the gunmen's: no "أن" before it, so no party is made of it
    assertThat(code("واقتحم مسلحون مجهولون مركزا للشرطة في الموصل واعتقلوا عناصره.", MOSUL))
        .extracting(TARGET).doesNotContain("-/UAF");
  }

  @Test
  void anAccusativeObjectMakesThePartyBeforeItTheDoer() {
    assertThat(code("واستهدف انتحاري اجتماعا لزعماء العشائر في بغداد أمس.", BAGHDAD))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "-/UAF"));
  }

  @Test
  void anAdverbIsNoObject() {
    assertThat(code("وقتل مسلح أيضا في بغداد.", BAGHDAD))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-", "-/UAF"));
  }

  @Test
  void anActNamedAsTheCauseMakesTheVerbAPassive() {
    assertThat(code("وقتل شرطي عراقي في انفجار عبوة ناسفة في الموصل.", IRAQ, MOSUL))
        .extracting(Event::type, ACTOR, TARGET).first().isEqualTo(tuple("ASSAULT", "-", "IRQ/COP"));
  }

  @Test
  void aSubjectBeforeAVerbFollowedByTheActThatBefellItSuffersIt() {
    // "قتلا" with no object and the blast after it: they were killed, whatever their sector
    EventCoderTest.E iraqis = country("Iraq", "IRQ", "عراقيين");
    assertThat(code("وقال ضابط إن شرطيين عراقيين قتلا بانفجار عبوة ناسفة في الموصل.", iraqis, MOSUL))
        .extracting(Event::type, ACTOR, TARGET).first().isEqualTo(tuple("ASSAULT", "-", "IRQ/COP"));
  }

  @Test
  void aPeopleCountedByANumberIsTheObjectOfTheVerb() {
    EventCoderTest.E britain = country("Britain", "GBR", "بريطانيين");
    List<Event> events = code("وخطف مسلحون أربعة بريطانيين من فندق في بغداد.", britain, BAGHDAD);
    assertThat(events).extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "GBR"));
    assertThat(events.get(0).target().text()).isEqualTo("أربعة بريطانيين");
  }

  @Test
  void aMovementNamedWithItsKindWordIsTheSubject() {
    EventCoderTest.E taliban = org("org:taliban", null, "طالبان");
    assertThat(code("وكانت حركة طالبان قد خطفت ثلاثة مهندسين في الموصل.", taliban, MOSUL))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "-/REB"));
  }

  @Test
  void unitsOfAForceAreThatForce() {
    assertThat(code("وألقت وحدات الجيش العراقي القبض على ثلاثة مسلحين في الموصل.", IRAQ, MOSUL))
        .extracting(Event::type, ACTOR).containsExactly(tuple("COERCE", "IRQ/MIL"));
  }

  @Test
  void aBlastAsAPatrolPassesStrikesThePatrol() {
    assertThat(code("وانفجرت عبوة ناسفة لدى مرور دورية للشرطة في الموصل أمس.", MOSUL))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/COP"));
    // one struck named already: the convoy passing is no second act
    assertThat(code("وقتل جندي عراقي في انفجار قنبلة لدى مرور قافلة للجيش قرب الموصل.",
        country("Iraq", "IRQ", "عراقي"), MOSUL))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/MIL"));
  }

  @Test
  void someOfAForceCountedWithMinAreItsMembers() {
    List<Event> events = code("وأعلن مصدر أمني مقتل ثمانية من قوات الأمن العراقية في هجوم قرب الموصل.", IRAQ, MOSUL);
    assertThat(events).extracting(TARGET).first().isEqualTo("IRQ/COP");
    assertThat(events.get(0).target().text()).isEqualTo("ثمانية من قوات الأمن العراقية");
  }

  @Test
  void aNominativePluralBeforeAnObliqueOneIsTheSubjectOfAnActiveVerb() {
    List<Event> events = code("وهاجم مسلحون مجهولون صحفيين في الموصل أمس.", MOSUL);
    assertThat(events).extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "-/UAF"));
  }

  @Test
  void anActAimedAtPremisesIsAimedAtTheirOwner() {
    assertThat(code("وقال مصدر أمني إن هجوما انتحاريا استهدف مقرا للشرطة العراقية في الموصل.", IRAQ, MOSUL))
        .extracting(Event::type, TARGET).first().isEqualTo(tuple("ASSAULT", "IRQ/COP"));
  }

  @Test
  void aThingThatIsNoPremisesHasNoOwner() {
    // "أسلحة" is no building, post or gathering: the police after it are not whom the raid is aimed at
    assertThat(code("واقتحم مسلحون مجهولون مخزنا للأسلحة التابعة للشرطة في الموصل.", MOSUL))
        .extracting(TARGET).doesNotContain("IRQ/COP");
  }

  @Test
  void whoAnnouncesThatItActedIsTheDoer() {
    EventCoderTest.E russia = country("Russia", "RUS", "روسيا", "الروسية");
    EventCoderTest.E france = country("France", "FRA", "الفرنسي");
    assertThat(code("وأعلنت وزارة الخارجية الروسية أنها استدعت السفير الفرنسي احتجاجا على توقيف مشجعين.",
        russia, france)).extracting(ACTOR).first().isEqualTo("RUS/GOV");
  }

  @Test
  void aPlaceNamedBeforeThatIsNotWhoActed() {
    EventCoderTest.E afghanistan = country("Afghanistan", "AFG", "أفغانستان");
    assertThat(code("وقال الجيش الأمريكي في أفغانستان إنه قتل عشرة مسلحين في غارات جوية.", USA, afghanistan))
        .extracting(Event::type, ACTOR).first().isEqualTo(tuple("ASSAULT", "USA/MIL"));
  }

  @Test
  void aPartyBeforeADeathJoinedToAnInjuryWasKilled() {
    // "قتلا وأصيب ثالث": a count of casualties, the two named before the verb died, whatever their sector
    EventCoderTest.E france = country("France", "FRA", "فرنسيين");
    assertThat(code("وقال متحدث عسكري إن جنديين فرنسيين قتلا وأصيب ثالث بجروح في كمين قرب بغداد.", france, BAGHDAD))
        .extracting(Event::type, ACTOR, TARGET).first().isEqualTo(tuple("ASSAULT", "-", "FRA/MIL"));
  }

  @Test
  void aPartyBeforeADeathWithAnObjectDidTheKilling() {
    assertThat(code("وقالت الشرطة إن مسلحين قتلوا ثلاثة أشخاص وأصابوا أربعة في الموصل.", MOSUL))
        .extracting(Event::type, ACTOR).first().isEqualTo(tuple("ASSAULT", "-/UAF"));
  }

  @Test
  void armedMenWithoutTheArticleAfterAnAbductionDidIt() {
    // the object stands after a clause that describes them: "مسلحون" is no one abducted
    List<Event> events = code("وخطف مسلحون يرتدون زي الجيش ثلاثة مهندسين من فندق في بغداد.", BAGHDAD);
    assertThat(events).extracting(Event::type, ACTOR).first().isEqualTo(tuple("ASSAULT", "-/UAF"));
    assertThat(events).extracting(TARGET).doesNotContain("-/UAF");
  }

  @Test
  void anArmedAttackNamesNoGunman() {
    assertThat(code("وتعرضت دورية للجيش لهجوم مسلح قرب الموصل أمس.", MOSUL))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "-"));
    assertThat(code("وأعلنت الشرطة مقتل مسلح في اشتباك قرب الموصل.", MOSUL))
        .extracting(TARGET).doesNotContain("-");
  }

  @Test
  void anArmedManAfterADeathWasKilled() {
    assertThat(code("وقتل مسلح في بغداد أمس.", BAGHDAD))
        .extracting(Event::type, ACTOR, TARGET).first().isEqualTo(tuple("ASSAULT", "-", "-/UAF"));
  }

  @Test
  void anActsNounWithoutAPrepositionIsTheVerbsObjectNotItsCause() {
    // "شنوا الهجوم": the attack is what they launched; "قتلا بانفجار" is what befell them; rebels named by
    // no group the knowledge base ties elsewhere are of the country where they act (ArmedGroupTiesTest)
    assertThat(code("وقال ضابط إن المتمردين شنوا الهجوم على حاجز قرب الموصل بسيارة مفخخة.", MOSUL))
        .extracting(Event::type, ACTOR).first().isEqualTo(tuple("ASSAULT", "IRQ/REB"));
  }

  @Test
  void whoAnActLeftWoundedAfterAWordOfResultSufferedIt() {
    assertThat(code("انفجرت عبوة ناسفة في سوق بالموصل، مما أدى إلى إصابة ثلاثة من المدنيين بجروح.", MOSUL))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/CVL"));
  }

  @Test
  void aWordOfResultInAnotherClauseLeavesTheActsTargetAlone() {
    assertThat(code("انفجرت عبوة ناسفة في سوق بالموصل. وأدى الحادث إلى إصابة ثلاثة من المدنيين.", MOSUL))
        .extracting(Event::type, TARGET).first().isNotEqualTo(tuple("ASSAULT", "IRQ/CVL"));
  }

  @Test
  void aClauseDescribingTheSubjectStandsBetweenItAndTheVerb() {
    assertThat(code("وقال مصدر أمني إن انتحاريا يقود سيارة مفخخة فجر نفسه قرب مقر للشرطة في الموصل.", MOSUL))
        .extracting(Event::type, ACTOR).first().isEqualTo(tuple("ASSAULT", "-/UAF"));
  }
}
