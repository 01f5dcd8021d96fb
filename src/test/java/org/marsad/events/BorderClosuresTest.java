package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A state closing its border, a crossing or its airspace to another state: PLOVER's COERCE (a border
 * closed), between the closing state and the state after "مع" or "أمام"; a crowd closing a road is
 * no such act. Invented sentences.
 */
class BorderClosuresTest {

  @Test
  void aBorderClosedWithAnotherStateCoercesIt() {
    assertThat(code("وأغلقت تشيلي حدودها مع بيرو بعد تدفق مئات المهاجرين.", JointPartiesTest.CHILE,
        ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "COERCE", "PER"));
    // the verbal noun after a verb of announcing: "أعلنت X إغلاق معبرين مع Y"
    assertThat(code("وأعلنت الحكومة التشيلية إغلاق معبرين حدوديين مع بيرو لمدة أسبوعين.", JointPartiesTest.CHILE,
        ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "COERCE", "PER"));
  }

  @Test
  void aRoadClosedByACrowdIsNoBorderClosure() {
    assertThat(code("وأغلق المحتجون الطريق المؤدي إلى الميناء في تشيلي.", JointPartiesTest.CHILE))
        .extracting(Event::type)
        .doesNotContain("COERCE");
  }
}
