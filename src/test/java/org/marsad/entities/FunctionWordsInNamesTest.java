package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.AnalyzedText;

/**
 * Words no name holds, with the statistical model: a preposition with a pronoun attached
 * ("خلاله"، "عليهم"), the verb "جرى", and the dual of a listed verb ("يوقعان") after a name.
 */
class FunctionWordsInNamesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<String> persons(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> e.mentions().stream().map(m -> m.text()))
        .toList();
  }

  @Test
  void a_preposition_with_its_pronoun_and_jara_are_no_person() {
    assertThat(persons("واستقبل الرئيس وفدا من رجال الأعمال، جرى خلاله استعراض فرص الاستثمار."))
        .noneMatch(p -> p.contains("خلاله") || p.contains("جرى"));
  }

  @Test
  void the_dual_of_a_listed_verb_ends_the_name_before_it() {
    assertThat(persons("وقال البيان إن لافروف وغوتيريش يبحثان الأزمة الأوكرانية في جنيف."))
        .noneMatch(p -> p.contains("يبحثان"));
  }
}
