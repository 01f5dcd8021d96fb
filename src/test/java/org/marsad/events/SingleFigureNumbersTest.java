package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A number written with one figure ("5 ملايين دولار") between an event word and the word that must
 * follow it is a word of the phrase, not a mark of punctuation that ends it. Invented sentences.
 */
class SingleFigureNumbersTest {

  @Test
  void aSumOfOneFigureIsAid() {
    assertThat(code("وأعلنت تشيلي تقديم 5 ملايين دولار إلى بيرو.", JointPartiesTest.CHILE, ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
    assertThat(code("وخصصت تشيلي 3 آلاف دولار لبيرو.", JointPartiesTest.CHILE, ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
  }

  @Test
  void aFullStopStillEndsThePhrase() {
    assertThat(code("وأعلنت تشيلي تقديم. 5 دولار لبيرو.", JointPartiesTest.CHILE, ExpelledEnvoysTest.PERU)).isEmpty();
  }
}
