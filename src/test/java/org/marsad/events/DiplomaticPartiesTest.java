package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who acts in verbal and diplomatic events when the sentence names the party away from the event
 * word: the subject a circumstantial participle shares with the verb before it. Invented sentences.
 */
class DiplomaticPartiesTest {

  static final EventCoderTest.E ARGENTINA = country("Argentina", "ARG", "الأرجنتين", "بوينس آيرس", "الأرجنتيني", "الأرجنتينية");
  static final EventCoderTest.E PERU = TalksAndRequestsTest.PERU;

  @Test
  void aFeminineParticipleSharesTheSubjectOfTheVerbBeforeIt() {
    // a state or a ministry is feminine, and so is the participle that goes on with its sentence
    assertThat(code("أدانت الأرجنتين القصف، محملة بيرو المسؤولية الكاملة عن نتائجه.", ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("ARG", "ACCUSE", "PER"));
    assertThat(code("وقالت الخارجية الأرجنتينية إنها ترفض هذه الاتهامات، داعية ليما إلى وقف التصعيد.",
        ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("ARG", "REQUEST", "PER"));
  }
}
