package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Aid whose recipients are named by what they are (the displaced, the camps, the victims) and by the
 * place after "في": the country of the place receives it. Invented sentences.
 */
class AidRecipientsPlaceTest {

  @Test
  void thePlaceOfTheRecipientsIsTheTarget() {
    assertThat(code("وأرسلت تشيلي مساعدات طبية إلى مخيمات النازحين في بيرو.", JointPartiesTest.CHILE,
        ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
    // with ل on the recipients' word and words between it and "في"
    assertThat(code("وقدمت تشيلي مساعدات غذائية للمتضررين من الزلزال في بيرو.", JointPartiesTest.CHILE,
        ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
  }
}
