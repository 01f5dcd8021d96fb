package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A short quoted label as the object of a verbal event, the party it is said of after its closing mark
 * ("أشاد بما وصفه بـ"التعاون المثمر" مع السلطات الليبية"، "بـ"الموقف الثابت" للإدارة الأمريكية"): the
 * closing mark of the label ends no clause (twentieth round). Invented sentences.
 */
class QuotedLabelsTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "البيروفي", "البيروفية");

  @Test
  void thePartyAfterAQuotedLabelIsTheTarget() {
    assertThat(code("وأشاد الوزير التشيلي بما وصفه بـ\"التنسيق الممتاز\" مع السلطات البيروفية.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "SUPPORT", "PER"));
    assertThat(code("ورفض الوزير التشيلي ما وصفه بـ«الادعاءات الباطلة» للحكومة البيروفية.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "REJECT", "PER"));
  }

  @Test
  void aPartyRightAfterTheLabelIsTheLabelsOwnObject() {
    // what the accused are charged with is quoted; the party after it is whom they encourage, not the accused
    assertThat(code("واتهم الوزير التشيلي الدول المجاورة بـ\"تشجيع\" الحكومة البيروفية على التصعيد.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("CHL", "ACCUSE", "PER"));
  }

  @Test
  void aLongQuotationStillEndsTheClause() {
    // six words and more are what is said, not a label: the party after the quotation is not read on into
    assertThat(code("ورفض الوزير التشيلي \"كل ما جاء في البيان الصادر أمس\" وقال إن بيرو شريك.", CHILE, PERU))
        .extracting(Event::type)
        .doesNotContain("REJECT");
  }
}
