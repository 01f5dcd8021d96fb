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
import static org.marsad.events.MaterialPartiesTest.USA;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Parties read across a clause: the forces a possessive pronoun names in what a party announces
 * without "أن" ("أعلن الجيش إصابة ثلاثة من جنوده"), and the object of a verb whose doer is
 * described by a clause of the present tense ("خطف مسلحون يرتدون ملابس مدنية خمسة موظفين"), and
 * men "من" those loyal to a party ("مسلحين من الموالين لحركة حماس") who are that party's.
 * Invented sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class MaterialClausesTest {

  @Test
  void thePronounInWhatAPartyAnnouncesNamesItsOwnForces() {
    assertThat(code("وأعلن الجيش الأمريكي إصابة ثلاثة من جنوده في هجوم بقذائف الهاون شمال بغداد.", USA, BAGHDAD))
        .extracting(TARGET).contains("USA/MIL");
  }

  @Test
  void theMembersOfAnAnnouncingForceAreOfItsSector() {
    assertThat(code("وأعلنت الشرطة العراقية مقتل اثنين من عناصرها في انفجار عبوة ناسفة قرب الموصل.", IRAQ, MOSUL))
        .extracting(TARGET).contains("IRQ/COP");
  }

  @Test
  void aPronounFarFromTheAnnouncingPartyFindsNoOwner() {
    // a comma and a clause between them: the pronoun may be anyone's named before
    assertThat(code("وأعلن الجيش الأمريكي، بعد يومين من البحث في المنطقة، مقتل أحد عناصرها.", USA))
        .extracting(TARGET).doesNotContain("USA/MIL");
  }

  @Test
  void theObjectFollowsTheClauseDescribingTheDoer() {
    EventCoderTest.E britain = country("Britain", "GBR", "بريطانيين");
    List<Event> events = code("وخطف مسلحون يرتدون زي الجيش العراقي خمسة بريطانيين من شركة في بغداد.",
        britain, IRAQ, BAGHDAD);
    assertThat(events).extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "GBR"));
    assertThat(events.get(0).target().text()).isEqualTo("خمسة بريطانيين");
  }

  @Test
  void whatTheDescribedDoerWearsIsNotTheObject() {
    // no one counted after the description: the army whose uniform they wear suffered nothing
    assertThat(code("وهاجم مسلحون يرتدون زي الجيش العراقي في بغداد أمس.", IRAQ, BAGHDAD))
        .extracting(TARGET).doesNotContain("IRQ/MIL");
  }

  @Test
  void menOfThoseLoyalToAPartyAreOfThatParty() {
    EventCoderTest.E hamas = org("Hamas", "PSE", "حماس");
    List<Event> events = code("وقالت الشرطة إن مسلحين من الموالين لحركة حماس خطفوا ثلاثة مهندسين في غزة.", hamas);
    assertThat(events).extracting(ACTOR).first().asString().startsWith("PSE/");
    assertThat(events.get(0).actor().text()).isEqualTo("مسلحين من الموالين لحركة حماس");
  }

  @Test
  void aWordAfterMinThatTellsNoAllegianceJoinsNothing() {
    EventCoderTest.E hamas = org("Hamas", "PSE", "حماس");
    assertThat(code("وقالت الشرطة إن مسلحين من سكان القرية خطفوا ثلاثة من عناصر حركة حماس.", hamas))
        .extracting(ACTOR).noneMatch(a -> a.startsWith("PSE"));
  }
}
