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
  void aCrossingNamedByItsOwnNameIsClosedToTheArticlesOtherState() {
    // no state after the crossing: the neighbour is the other of the two countries the article is about
    String text = "تتصاعد الخلافات بين تشيلي وبيرو منذ أسابيع بسبب ملف الهجرة.\n\n"
        + "وأغلقت السلطات التشيلية، فجر الأحد، معبر تشاكالوتا أمام حركة الشاحنات والمسافرين.\n\n"
        + "وقالت بيرو إن القرار يضر بآلاف التجار.";
    assertThat(code(text, JointPartiesTest.CHILE, ExpelledEnvoysTest.PERU))
        .filteredOn(e -> e.type().equals("COERCE"))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("CHL", "PER"));
    // a state alone in its article closes a crossing to no one named
    assertThat(code("وأغلقت السلطات التشيلية، فجر الأحد، معبر تشاكالوتا أمام حركة الشاحنات.", JointPartiesTest.CHILE))
        .extracting(Event::type)
        .doesNotContain("COERCE");
  }

  @Test
  void allTheCrossingsClosedAreNamedByTheBrokenPlural() {
    // "المنافذ", the plural of "منفذ", as Gulf news write a closure of every land, sea and air port
    assertThat(code("وأغلقت تشيلي كافة المنافذ البرية والبحرية مع بيرو.", JointPartiesTest.CHILE,
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
