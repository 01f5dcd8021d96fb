package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A verb after "قبل أن" or "بعد أن" that names no subject of its own has the main clause's subject, not
 * the object of the main verb nor the party nearest before it (twentieth round). Invented sentences.
 */
class TimeConjunctionSubjectTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "البيروفي", "البيروفية");
  static final EventCoderTest.E BRAZIL = country("Brazil", "BRA", "البرازيل", "البرازيلي", "البرازيلية");

  @Test
  void theVerbAfterBeforeThatSharesTheMainSubject() {
    assertThat(code("استدعت تشيلي السفير البيروفي، قبل أن توقع اتفاقا أمنيا مع البرازيل.", CHILE, PERU, BRAZIL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "AGREE", "BRA"))
        .doesNotContain(tuple("PER", "AGREE", "BRA"));
  }
}
