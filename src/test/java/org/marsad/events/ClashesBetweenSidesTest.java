package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.of;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A clash told between two sides of two countries ("اشتباكات بين القوات X والقوات Y"، "اشتباك اندلع بين
 * الجانبين") is each side's attack on the other. Invented sentences; the pairs are the actor's and the target's country codes.
 */
class ClashesBetweenSidesTest {

  static final EventCoderTest.E ARMENIA = country("Armenia", "ARM", "أرمينيا", "الأرمني", "الأرمنية", "الأرمن");
  static final EventCoderTest.E AZERBAIJAN = country("Azerbaijan", "AZE", "أذربيجان", "الأذربيجاني", "الأذربيجانية");
  static final EventCoderTest.E GORIS = city("Goris", "ARM", "غوريس");

  static final Function<Event, String> ACTOR_CODE = e -> e.actor() == null || e.actor().code() == null ? "-" : e.actor().code();
  static final Function<Event, String> TARGET_CODE = e -> e.target() == null || e.target().code() == null ? "-" : e.target().code();

  @Test
  void aClashBetweenTwoArmiesIsEachOnTheOther() {
    assertThat(of("ASSAULT", code("وقتل عنصر من حرس الحدود الأرمني وأصيب اثنان من الجيش الأذربيجاني في اشتباك اندلع "
        + "بين القوات الأرمنية والقوات الأذربيجانية قرب غوريس.", ARMENIA, AZERBAIJAN, GORIS)))
        .extracting(ACTOR_CODE, TARGET_CODE).contains(tuple("ARM", "AZE"), tuple("AZE", "ARM"))
        .doesNotContain(tuple("-", "ARM"), tuple("-", "AZE"));
  }

  @Test
  void theTwoSidesAreTheForcesNamedBeforeTheClash() {
    assertThat(of("ASSAULT", code("وقتل عنصر من حرس الحدود الأرمني وأصيب اثنان من الجيش الأذربيجاني في اشتباك مسلح "
        + "دار بين الجانبين قرب غوريس.", ARMENIA, AZERBAIJAN, GORIS)))
        .extracting(ACTOR_CODE, TARGET_CODE).contains(tuple("ARM", "AZE"), tuple("AZE", "ARM"));
  }
}
