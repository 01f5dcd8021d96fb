package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Timex;

/**
 * An arrest announced by the forces that made it, with a time of several words set off by commas between the
 * verb of announcing and the arrest ("أعلنت الشرطة، مساء أمس الثلاثاء، اعتقال"), as a shorter time already
 * stood there. Invented sentences.
 */
class AnnouncedAfterATimeTest {

  static final EventCoderTest.E PERU = country("Peru", "PER", "البيرو", "البيروفية");
  static final EventCoderTest.E BOLIVIANS = nisbas("Bolivia", "BOL", "بوليفيين", "بوليفيا");
  static final EventCoderTest.E PUNO = city("Puno", "PER", "بونو");

  /** The events of {@code text}, where the time {@code when} is found as the time layer finds it. */
  private static List<Event> timed(String text, String when) {
    int at = text.indexOf(when);
    return code(text, List.of(new Timex(at, at + when.length(), when, "2024-03-09", "DATE", null)), List.of(),
        PERU, BOLIVIANS, PUNO);
  }

  @Test
  void anArrestAnnouncedAfterALongTimeBetweenCommasIsTheAnnouncers() {
    assertThat(of("COERCE", timed("وأعلنت الشرطة البيروفية، مساء أمس الثلاثاء، اعتقال تسعة بوليفيين قرب بونو.",
        "مساء أمس الثلاثاء")))
        .extracting(ACTOR, TARGET).containsExactly(tuple("PER/COP", "BOL"));
  }

  @Test
  void theShortTimeStillStandsThere() {
    assertThat(of("COERCE", timed("وأعلنت الشرطة البيروفية، أمس، اعتقال تسعة بوليفيين قرب بونو.", "أمس")))
        .extracting(ACTOR).containsExactly("PER/COP");
  }
}
