package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A sum of money given or set aside for another state ("ستقدم X مليون دولار لـ Y"، "أعلنت X تخصيص
 * مليون يورو لـ Y") is economic aid, PLOVER's AID; a sum with no currency named is not read so.
 * Invented sentences.
 */
class SumsGivenTest {

  @Test
  void aSumGivenToAnotherStateIsAid() {
    assertThat(code("وقال الوزير التشيلي إن بلاده ستقدم 15 مليون دولار إضافية لبيرو.", JointPartiesTest.CHILE,
        ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
    // the verbal noun of setting aside after a verb of announcing
    assertThat(code("وأعلنت تشيلي تخصيص ثلاثة ملايين يورو لبيرو.", JointPartiesTest.CHILE, ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
  }

  @Test
  void aSumWithNoCurrencyIsNoAid() {
    assertThat(code("وقدمت تشيلي 15 مقترحا لبيرو.", JointPartiesTest.CHILE, ExpelledEnvoysTest.PERU))
        .extracting(Event::type)
        .doesNotContain("AID");
  }
}
