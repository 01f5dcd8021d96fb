package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * The verb that opens a relative clause has the party named before the relative pronoun as its
 * subject ("الوزير الذي اتهم")، unless the clause resumes that party as its object ("التي اتهمتها
 * دمشق"، "التي أعلن عنها"). Invented sentences.
 */
class RelativeClauseSubjectTest {

  static final EventCoderTest.E FRANCE = country("France", "FRA", "الفرنسي", "الفرنسية");
  static final EventCoderTest.E IRAN = country("Iran", "IRN", "إيران", "طهران");
  static final EventCoderTest.E SYRIA = country("Syria", "SYR", "السورية", "دمشق");
  static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "التركية");

  @Test
  void theAntecedentIsTheSubjectOfTheVerbOpeningTheClause() {
    assertThat(code("ردت طهران اليوم على وزير الخارجية الفرنسي الذي اتهم إيران بدعم الجماعات المسلحة.", FRANCE, IRAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("FRA", "ACCUSE", "IRN"));
  }

  @Test
  void anAntecedentResumedAsTheObjectIsNoSubject() {
    assertThat(code("ونددت الحكومة السورية بالحكومة التركية التي اتهمتها دمشق بدعم الجماعات المسلحة.", SYRIA, TURKEY))
        .extracting(e -> e.actor().code(), Event::type)
        .doesNotContain(tuple("TUR", "ACCUSE"));
    assertThat(code("وتحدث الوزير السوري عن الحكومة التركية التي أعلن عنها رئيسها أمس.", SYRIA, TURKEY))
        .extracting(e -> e.actor().code(), Event::type)
        .doesNotContain(tuple("TUR", "ANNOUNCE"));
  }

  @Test
  void aMasculineVerbAfterTheFeminineRelativeHasASubjectOfItsOwn() {
    assertThat(code("وتحدث الوزير السوري عن الحكومة التركية التي اتهم رئيسها إيران بدعم المسلحين.", SYRIA, TURKEY, IRAN))
        .extracting(e -> e.actor().code(), e -> e.actor().text(), Event::type)
        .doesNotContain(tuple("TUR", "الحكومة التركية", "ACCUSE"));
  }
}
