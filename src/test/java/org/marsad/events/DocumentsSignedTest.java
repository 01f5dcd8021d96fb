package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Documents signed (twentieth round): the dual and plural of the document ("مذكرتي تفاهم"، "ثلاث
 * اتفاقات") make the signing an agreement as the singular does. Invented sentences.
 */
class DocumentsSignedTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "البيروفي", "البيروفية");

  @Test
  void theDualAndPluralOfADocumentSignedAreAnAgreement() {
    assertThat(code("ووقعت تشيلي وبيرو في ختام المباحثات مذكرتي تفاهم في مجال الصيد.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("CHL", "AGREE", "PER"), tuple("PER", "AGREE", "CHL"));
    assertThat(code("ووقعت تشيلي وبيرو ثلاث اتفاقات في مجال النقل.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("CHL", "AGREE", "PER"), tuple("PER", "AGREE", "CHL"));
    // "وقع" with no document after it is no signing ("وقع انفجار"، "وقع الحادث")
    assertThat(code("ووقعت تشيلي وبيرو في أزمة دبلوماسية جديدة.", CHILE, PERU))
        .extracting(Event::type)
        .doesNotContain("AGREE");
  }
}
