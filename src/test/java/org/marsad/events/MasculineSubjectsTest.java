package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;

import org.junit.jupiter.api.Test;

/**
 * A masculine verb and the party right after it (sixteenth round): a country's name, feminine, is its
 * object ("واتهم الولايات المتحدة")، a masculine noun with its adjective ("الجيش المصري"، "الجيش الأردني")
 * its subject; a feminine noun right after it ("الحكومة السودانية"، "وزارة الخارجية") its object, the
 * subject the one named before (eighteenth round). Invented sentences.
 */
class MasculineSubjectsTest {

  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "مصر", "المصري", "المصرية");
  static final EventCoderTest.E SUDAN = country("Sudan", "SDN", "السودان", "السوداني", "السودانية");
  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردني", "الأردنية");
  static final EventCoderTest.E EGYPTIAN_ARMY = org("org:egyptian-army", "EGY", "الجيش المصري");
  static final EventCoderTest.E JORDANIAN_ARMY = org("org:jordanian-army", "JOR", "الجيش الأردني");

  @Test
  void aMasculineNounAndItsAdjectiveAfterAMasculineVerbIsItsSubject() {
    assertThat(code("وحمل الجيش المصري السلطات السودانية مسؤولية الهجوم على الحدود.", EGYPT, SUDAN, EGYPTIAN_ARMY))
        .extracting(e -> e.actor().code(), e -> e.type(), e -> e.target().code())
        .contains(tuple("EGY", "ACCUSE", "SDN"))
        .doesNotContain(tuple("SDN", "ACCUSE", "EGY"));
    assertThat(code("ودعا الجيش الأردني الحكومة السودانية إلى ضبط الحدود.", JORDAN, SUDAN, JORDANIAN_ARMY))
        .extracting(e -> e.actor().code(), e -> e.type(), e -> e.target().code())
        .contains(tuple("JOR", "REQUEST", "SDN"))
        .doesNotContain(tuple("SDN", "REQUEST", "JOR"));
  }

  @Test
  void aFeminineNounAndItsAdjectiveAfterAMasculineVerbIsItsObject() {
    assertThat(code("قال وزير الخارجية الأردني إن الحدود تشهد توترا. واتهم الحكومة السودانية بالتقصير في حمايتها.",
        EGYPT, SUDAN, JORDAN))
        .extracting(e -> e.actor().code(), e -> e.type(), e -> e.target().code())
        .contains(tuple("JOR", "ACCUSE", "SDN"));
    assertThat(code("وصل وزير الخارجية المصري إلى عمان. ودعا الحكومة الأردنية إلى فتح المعبر.", EGYPT, JORDAN))
        .extracting(e -> e.actor().code(), e -> e.type(), e -> e.target().code())
        .contains(tuple("EGY", "REQUEST", "JOR"))
        .doesNotContain(tuple("JOR", "REQUEST", "EGY"));
  }
}
