package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * The police, the prosecution or a court named with their country's nisba is that country in a verbal event's
 * subject, as "السلطات" is ("أفرجت الشرطة البيروفية عن"). Invented sentences.
 */
class ReleasedByBodiesTest {

  static final EventCoderTest.E PERU = country("Peru", "PER", "البيرو", "البيروفية");
  static final EventCoderTest.E BOLIVIANS = nisbas("Bolivia", "BOL", "بوليفيين", "البوليفيين");

  @Test
  void aReleaseByThePoliceIsTheirCountrys() {
    assertThat(of("CONCEDE", code("وأفرجت الشرطة البيروفية عن خمسة صيادين بوليفيين.", PERU, BOLIVIANS)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("PER/COP", "BOL"));
  }

  @Test
  void aReleaseByTheProsecutionIsTheirCountrys() {
    assertThat(of("CONCEDE", code("وأفرجت النيابة البيروفية عن ثلاثة من الصيادين البوليفيين.", PERU, BOLIVIANS)))
        .extracting(ACTOR).containsExactly("PER/JUD");
  }
}
