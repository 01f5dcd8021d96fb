package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * An office named in full with no country ("وزارة الخارجية والمغتربين") and then a party: the party is
 * the verb's object, never its subject, nor the subject of a verb joined after it (twentieth round).
 * Invented sentences.
 */
class OfficeBeforeObjectTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "البيروفي", "البيروفية");
  static final EventCoderTest.E BRAZIL = country("Brazil", "BRA", "البرازيل", "البرازيلي", "البرازيلية");

  @Test
  void theGovernmentAfterTheOfficeIsBlamedAndAsksNothing() {
    assertThat(code("وحملت وزارة الخارجية والمغتربين الحكومة البيروفية مسؤولية التصعيد، وطالبت الحكومة البرازيلية بالتدخل.",
        PERU, BRAZIL))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type)
        .doesNotContain(tuple("PER", "REQUEST"), tuple("PER", "ACCUSE"));
  }

  @Test
  void aCountryNameAfterTheOfficeIsItsObject() {
    assertThat(code("وحملت وزارة الخارجية والمغتربين بيرو مسؤولية التصعيد، وطالبت البرازيل بالتدخل.", PERU, BRAZIL))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type)
        .doesNotContain(tuple("PER", "REQUEST"));
  }

  @Test
  void aNameAfterTheSpokesmanIsAccused() {
    assertThat(code("قال المتحدث باسم الحكومة التشيلية إن المفاوضات متعثرة. واتهم المتحدث بيرو بعرقلة الحل.", CHILE, PERU))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .doesNotContain(tuple("PER", "ACCUSE", null), tuple("PER", "ACCUSE", "CHL"));
  }

  @Test
  void anOfficeWithItsCountryStillActsForIt() {
    assertThat(code("وحملت وزارة الخارجية التشيلية الحكومة البيروفية مسؤولية التصعيد، وطالبت البرازيل بالتدخل.",
        CHILE, PERU, BRAZIL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "ACCUSE", "PER"), tuple("CHL", "REQUEST", "BRA"));
  }
}
