package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Releases of people held told without "سراح": "أطلق" or "إطلاق" with the people let go named after
 * it ("أطلقت ... 12 صيادا"، "إطلاق الرهائن") and "سبيل" after إطلاق or إخلاء ("أخلت ... سبيل").
 * Invented sentences.
 */
class ReleasesTest {

  static final EventCoderTest.E SENEGAL = country("Senegal", "SEN", "السنغال", "السنغالية");
  static final EventCoderTest.E GAMBIANS = nisbas("Gambia", "GMB", "غامبيين", "الغامبيين", "غامبيا");

  @Test
  void peopleLetGoAfterTheVerbOfReleasing() {
    assertThat(code("وأطلقت السلطات السنغالية، صباح اليوم، 12 صيادا غامبيا كانوا محتجزين في داكار.", SENEGAL, GAMBIANS))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SEN", "CONCEDE", "GMB"));
    assertThat(code("وأعلنت السنغال إطلاق الرهائن الغامبيين بعد مفاوضات طويلة.", SENEGAL, GAMBIANS))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SEN", "CONCEDE", "GMB"));
  }

  @Test
  void aWayLetOpenIsARelease() {
    assertThat(code("وأخلت السنغال سبيل ثلاثة طلاب غامبيين أوقفوا أمس.", SENEGAL, GAMBIANS))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SEN", "CONCEDE", "GMB"));
  }

  @Test
  void fireAtPeopleHeldIsNoRelease() {
    assertThat(code("وأطلق الحراس السنغاليون النار على السجناء الغامبيين في سجن داكار.", SENEGAL, GAMBIANS))
        .extracting(Event::type).doesNotContain("CONCEDE");
  }
}
