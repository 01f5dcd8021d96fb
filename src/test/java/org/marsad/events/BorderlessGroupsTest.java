package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Armed movements that act in several countries (events/borderless-groups.tsv) take the country
 * where they act; a claim reaches past an aside after the claimant; the men struck back by those
 * attacked are not the claimants' attack. Invented sentences; "code/sector" as in
 * {@link MaterialEventsTest}.
 */
class BorderlessGroupsTest {

  private static final EventCoderTest.E JNIM = org("org:jnim", "MLI", "جماعة نصرة الإسلام والمسلمين");
  private static final EventCoderTest.E BURKINA = country("Burkina Faso", "BFA", "بوركينا فاسو", "البوركيني");
  private static final EventCoderTest.E KAYA = city("Kaya", "BFA", "كايا");
  private static final EventCoderTest.E MALI = country("Mali", "MLI", "مالي", "المالي");
  private static final EventCoderTest.E MOPTI = city("Mopti", "MLI", "موبتي");
  private static final EventCoderTest.E AL_QAEDA = org("org:al-qaeda", null, "تنظيم القاعدة");

  @Test
  void aMovementOfSeveralCountriesTakesTheCountryWhereItActs() {
    assertThat(code("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين مركزا للدرك في مدينة كايا.", JNIM, KAYA, BURKINA))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "BFA/REB"));
    // where it acts in the country the knowledge base gives it, nothing changes
    assertThat(code("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين مركزا للدرك في مدينة موبتي.", JNIM, MOPTI, MALI))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "MLI/REB"));
  }

  @Test
  void aMovementOfOneCountryKeepsItAbroad() {
    assertThat(code("هاجم مسلحون من جيش التحرير الوطني مركزا للشرطة في مدينة كايا.",
        org("org:eln", "COL", "جيش التحرير الوطني"), KAYA, BURKINA))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "COL/REB"));
  }

  @Test
  void aClaimReachesPastAnAsideAfterTheClaimant() {
    // "بتنظيم القاعدة" in the aside had stopped the claim: the gunmen stayed of no side
    assertThat(code("قتل تسعة جنود في هجوم شنه مسلحون على ثكنة للجيش في مدينة كايا. "
        + "وتبنت جماعة نصرة الإسلام والمسلمين، المرتبطة بتنظيم القاعدة، الهجوم في بيان.", JNIM, KAYA, BURKINA, AL_QAEDA))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "BFA/REB"));
  }

  @Test
  void theAttackersStruckBackAreNotTheClaimantsAttack() {
    assertThat(code("وقال الضابط إن قواتنا صدت الهجوم وقتلت عشرة من المهاجمين. "
        + "وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.", JNIM, MALI))
        .filteredOn(e -> e.target() != null && "UAF".equals(e.target().sector()))
        .extracting(ACTOR).doesNotContain("MLI/REB");
  }
  @Test
  void theAttackersNamedAgainAfterAClaimAreTheClaimants() {
    // the claim had not made its movement the one a later "المهاجمين" names again: the kidnappers stayed of no side
    // the kidnapping names no place: the movement takes the country the article is about
    assertThat(code("قتل تسعة جنود في هجوم شنه مسلحون على ثكنة للجيش في مدينة كايا شمالي بوركينا فاسو. "
        + "وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان. "
        + "وقال مسؤول محلي إن المهاجمين خطفوا ستة مدنيين خلال انسحابهم.", JNIM, KAYA, BURKINA))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "BFA/REB"), tuple("ASSAULT", "BFA/REB"));
  }
  @Test
  void theMovementThatSetTheAmbushDidTheKillingsOfIt() {
    // the ambush after "بعد ساعات من" is background; its doer, the subject of "نصبه", had not reached the killing
    assertThat(code("وجاء القصف بعد ساعات من كمين نصبه مسلحون من جماعة نصرة الإسلام والمسلمين لقافلة عسكرية "
        + "قرب مدينة موبتي، قتل فيه 14 جنديا.", JNIM, MOPTI, MALI))
        .extracting(Event::type, ACTOR).contains(tuple("ASSAULT", "MLI/REB"));
  }
}
