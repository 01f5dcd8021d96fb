package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * What a call asks for, quoted right after its "إلى" or "بـ", is the call's content, not an act of its
 * own: the quote mark does not end the clause between the call and its object. Invented sentences.
 */
class QuotedContentOfCallsTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "سانتياغو", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "ليما", "البيروفي", "البيروفية");
  static final EventCoderTest.E BOLIVIA = country("Bolivia", "BOL", "بوليفيا", "البوليفي", "البوليفية");

  @Test
  void aQuotedSupportAskedForAfterIlaIsNoSupport() {
    assertThat(code("ودعت وزيرة الخارجية التشيلية بيرو إلى \"دعم المقترح البوليفي لحماية الغابات\" في القمة المقبلة.",
        CHILE, PERU, BOLIVIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "REQUEST", "PER"))
        .noneMatch(t -> t.toList().contains("SUPPORT"));
  }

  @Test
  void aQuotedSupportAskedForAfterBaIsNoSupport() {
    assertThat(code("وطالب الرئيس البيروفي تشيلي بـ\"دعم ترشيح بوليفيا لاستضافة المعرض الدولي\".", CHILE, PERU, BOLIVIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("PER", "REQUEST", "CHL"))
        .noneMatch(t -> t.toList().contains("SUPPORT"));
  }

  @Test
  void aQuotedSupportGivenIsStillSupport() {
    // no call before the quote: the support is the speaker's own
    assertThat(code("وقال الوزير البيروفي إن ليما \"تدعم بقوة المبادرة التشيلية\" لحماية الغابات.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("PER", "SUPPORT", "CHL"));
  }
}
