package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * The bare "طالب", a student (sectors.tsv) and the past of "demanded": before a word with the
 * article or a state's name it is the verb; before an indefinite adjective or a preposition the
 * noun. Invented sentences.
 */
class DemandedOrStudentTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "البيروفي", "البيروفية");
  static final EventCoderTest.E LIMA = city("Lima", "PER", "ليما");

  @Test
  void beforeAWordWithTheArticleItIsTheVerb() {
    assertThat(code("وطالب الجانب التشيلي بيرو بإعادة فتح المعبر الحدودي.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "REQUEST", "PER"));
  }

  @Test
  void beforeACapitalAfterAPronounItIsTheVerb() {
    assertThat(code("رحب وزير الخارجية التشيلي بالإفراج عن الصيادين، لكنه طالب ليما بتعويض أسرهم.", CHILE, LIMA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "REQUEST", "PER"));
  }

  @Test
  void beforeAnIndefiniteAdjectiveItIsTheStudent() {
    assertThat(code("وأصيب طالب جامعي تشيلي خلال مظاهرة أمام السفارة البيروفية في ليما.", CHILE, PERU, LIMA))
        .extracting(Event::type)
        .doesNotContain("REQUEST");
  }
}
