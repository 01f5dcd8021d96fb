package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A release that names one side or none takes the other from the arrest, seizure or abduction told
 * before it: those let go are the people held ({@code EventCoder.heldBefore}). Invented sentences.
 */
class ReleaseOfThoseHeldTest {

  static final EventCoderTest.E GUINEANS = nisbas("Guinea", "GIN", "غينيين", "الغينيين", "الغينية", "الغيني");
  static final EventCoderTest.E SENEGAL = country("Senegal", "SEN", "السنغال", "السنغالية", "السنغالي");

  @Test
  void theReleasedAreThoseHeldBefore() {
    assertThat(code("واعتقلت البحرية السنغالية ثمانية غينيين قبالة زيغينشور. "
        + "وأفرجت السلطات السنغالية عن ثلاثة من المحتجزين.", GUINEANS, SENEGAL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .contains(tuple("SEN", "CONCEDE", "GIN"));
  }

  @Test
  void aStateReleasesItsOwnCitizens() {
    assertThat(code("وفرضت الشرطة الغينية حظر التجول في المدينة واعتقلت عشرات المحتجين الغينيين. "
        + "وأفرجت السلطات عن عشرين من الموقوفين.", GUINEANS))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .contains(tuple("GIN", "CONCEDE", "GIN"));
  }

  @Test
  void aReleaseWithNoHoldingBeforeCodesNothing() {
    assertThat(code("وزار وزير الخارجية السنغالي كوناكري أمس. وأفرجت السلطات عن ثلاثة من الموقوفين.", GUINEANS, SENEGAL))
        .extracting(Event::type).doesNotContain("CONCEDE");
  }
}
