package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Envoys expelled: PLOVER's COERCE "expel" (persons expelled), between the expelling state and the
 * envoys' state. Invented sentences.
 */
class ExpelledEnvoysTest {

  static final EventCoderTest.E PERU = EventCoderTest.country("Peru", "PER", "بيرو", "البيروفي", "بيروفيين");

  @Test
  void diplomatsExpelledAreCoercedWithTheirStateAsTarget() {
    assertThat(code("وطردت تشيلي ثلاثة دبلوماسيين بيروفيين.", JointPartiesTest.CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, Event::subtype, e -> e.target().code())
        .containsExactly(tuple("CHL", "COERCE", "expel", "PER"));
    // the verbal noun after ب: "ردت X بطرد السفير"
    assertThat(code("وردت تشيلي بطرد السفير البيروفي.", JointPartiesTest.CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "COERCE", "PER"));
  }

  @Test
  void givenHoursToLeaveIsAnExpulsion() {
    // "أمهل X ... 48 ساعة لمغادرة": envoys or nationals of another state told to leave
    assertThat(code("وأمهلت تشيلي السفير البيروفي 72 ساعة لمغادرة البلاد.", JointPartiesTest.CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, Event::subtype, e -> e.target().code())
        .containsExactly(tuple("CHL", "COERCE", "expel", "PER"));
    // no state named: a coach's players told to leave the pitch are no one expelled
    assertThat(code("وأمهل المدرب اللاعبين ساعة واحدة لمغادرة الملعب.", JointPartiesTest.CHILE, PERU))
        .isEmpty();
  }
}
