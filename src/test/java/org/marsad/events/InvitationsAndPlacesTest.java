package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Words of diplomacy that name no act on the party after them: an invitation to visit is talks
 * planned, not a request; a place joined to a place after "في" is where, not whom; the two of a dual
 * verb with no target act on no one. Invented sentences.
 */
class InvitationsAndPlacesTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "سانتياغو", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "ليما", "البيروفي", "البيروفية");

  @Test
  void anInvitationReachesPastTheTitlesOfTheOneInvited() {
    // "الدعوة إلى فخامة رئيس الوزراء البيروفي لزيارة": the titles and office of the invited are no distance
    assertThat(code("ووجه وزير الخارجية التشيلي الدعوة إلى فخامة رئيس الوزراء البيروفي لزيارة سانتياغو في الربيع المقبل.",
        CHILE, PERU))
        .extracting(Event::type)
        .doesNotContain("REQUEST");
  }

  @Test
  void anInvitationToVisitIsNoRequest() {
    // "وجه دعوة إلى نظيره لزيارة": the invitation plans a visit, it asks nothing of the one invited
    assertThat(code("ووجه وزير الخارجية التشيلي دعوة إلى نظيره البيروفي لزيارة سانتياغو في الربيع المقبل.",
        CHILE, PERU))
        .extracting(Event::type)
        .doesNotContain("REQUEST");
    // the same words calling for an act are a request
    assertThat(code("ووجه وزير الخارجية التشيلي دعوة إلى نظيره البيروفي للإفراج عن الصيادين المحتجزين.",
        CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "REQUEST", "PER"));
  }

  @Test
  void aPlaceJoinedToAPlaceAfterFiIsAPlaceToo() {
    // "قلقهما من تدهور الأوضاع في بوليفيا والأرجنتين": both are where things worsen, neither is accused
    EventCoderTest.E bolivia = country("Bolivia", "BOL", "بوليفيا");
    EventCoderTest.E argentina = country("Argentina", "ARG", "الأرجنتين");
    assertThat(code("استقبل الرئيس التشيلي نظيره البيروفي في سانتياغو. وأعرب الرئيسان عن قلقهما من تدهور "
        + "الأوضاع الأمنية في بوليفيا والأرجنتين.", CHILE, PERU, bolivia, argentina))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .doesNotContain(tuple("CHL", "ACCUSE", "ARG"), tuple("PER", "ACCUSE", "ARG"),
            tuple("CHL", "ACCUSE", "BOL"), tuple("PER", "ACCUSE", "BOL"));
  }

  @Test
  void theTwoOfADualVerbWithNoTargetDoNotActOnEachOther() {
    // "وأعربا عن قلقهما من تدهور الأوضاع": both are concerned, neither accuses the other
    assertThat(code("استقبل الرئيس التشيلي نظيره البيروفي في سانتياغو. وأعربا عن قلقهما من تدهور الأوضاع "
        + "الأمنية في المنطقة.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("CHL", "ACCUSE", "PER"), tuple("PER", "ACCUSE", "CHL"));
  }
}
