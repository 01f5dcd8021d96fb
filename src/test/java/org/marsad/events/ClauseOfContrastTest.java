package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;

/**
 * A clause of contrast after the event word ("في حين"، "فيما"، "بينما") has its own subject (sixteenth
 * round): the office named in it does not act in the clause before. Invented sentences.
 */
class ClauseOfContrastTest {

  static final EventCoderTest.E FRANCE = country("France", "FRA", "فرنسا", "الفرنسي", "الفرنسية");
  static final EventCoderTest.E MALI = country("Mali", "MLI", "مالي", "المالية");

  @Test
  void anOfficeNamedInTheClauseAfterIsNotTheCaller() {
    String text = "من جهتها، دعت مفوضية المنظمة الإقليمية مالي إلى ضبط النفس، في حين لم يصدر أي تعليق عن الجانب الفرنسي.";
    assertThat(code(text, FRANCE, MALI))
        .extracting(e -> e.actor() == null ? null : e.actor().code())
        .doesNotContain("FRA");
  }
}
