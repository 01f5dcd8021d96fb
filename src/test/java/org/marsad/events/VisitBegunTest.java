package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A verb of beginning ("بدأ"، "يبدأ") with its subject named between it and the noun of a visit or
 * talks: the subject pays the visit; with the noun right after it, the noun is its subject and no
 * one named before is its doer. Invented sentences.
 */
class VisitBegunTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "ليما", "البيروفي", "البيروفية");

  @Test
  void theSubjectBetweenTheVerbAndTheVisitPaysIt() {
    assertThat(code("بدأ الرئيس التشيلي زيارة رسمية إلى ليما تستمر ثلاثة أيام.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "CONSULT", "PER"));
  }

  @Test
  void theTalksRightAfterTheVerbAreItsSubject() {
    assertThat(code("قال وزير الخارجية التشيلي إن تشيلي تنتظر، وبدأت المحادثات في جنيف.", CHILE, PERU))
        .extracting(Event::type)
        .doesNotContain("CONSULT");
  }
}
