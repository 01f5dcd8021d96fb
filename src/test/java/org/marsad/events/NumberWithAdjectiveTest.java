package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * A number told with an adjective ("عدد كبير من"، "عدد مماثل من") counts the party named after it,
 * as "عدد من" does: that party is whom the act befell. Invented sentences.
 */
class NumberWithAdjectiveTest {

  static final EventCoderTest.E ITALY = country("Italy", "ITA", "روما", "الإيطاليين", "إيطاليا");
  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "القاهرة", "المصريين", "مصر");

  @Test
  void aSimilarNumberOfDiplomatsExpelledAreThoseExpelled() {
    assertThat(of("COERCE", code("وردت القاهرة أمس بطرد عدد مماثل من الدبلوماسيين الإيطاليين.", ITALY, EGYPT)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("EGY", "ITA/GOV"));
  }

  /**
   * The accusative "عددا" heads listed phrases of its own ("عددا كبيرا من"), and "عدد من" is listed
   * without it: both keys are tried, so "عددا من" is still a number of what follows.
   */
  @Test
  void aNumberInTheAccusativeIsStillANumberOfWhatFollows() {
    Sectors.Word w = new Sectors().at(java.util.List.of("قتل", "عددا", "من", "زعماء", "الحركه"), 1);
    assertThat(w).isNotNull();
    assertThat(w.of()).isTrue();
    assertThat(w.length()).isEqualTo(2);
  }
}
