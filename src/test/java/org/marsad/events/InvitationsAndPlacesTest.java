package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Words of diplomacy that name no act on the party after them: an invitation to visit is talks
 * planned, not a request. Invented sentences.
 */
class InvitationsAndPlacesTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "سانتياغو", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "ليما", "البيروفي", "البيروفية");

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
}
