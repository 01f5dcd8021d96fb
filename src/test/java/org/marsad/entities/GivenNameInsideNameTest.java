package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.EntityType;
import org.marsad.text.AnalyzedText;

/**
 * A common Arab given name as the father's name in the middle of a three-word name keeps the name
 * whole ("عمر آدم إسحاق"), after a title word in an office's apposition too. Sentences written for
 * the test, with the model.
 */
class GivenNameInsideNameTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<String> people(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name())
        .toList();
  }

  @Test
  void adam_as_the_father_s_name_stays_inside_the_name() {
    assertThat(people("وقال مدير مستشفى المدينة ، الطبيب عمر آدم إسحاق ، للصحفيين إن الجرحى كثيرون ."))
        .containsExactly("عمر آدم إسحاق");
  }

  @Test
  void adam_as_the_given_name_begins_the_name() {
    assertThat(people("وأعلن رئيس البلدية آدم يوسف كوكو إغلاق الطريق الرئيسي حتى صباح الغد ."))
        .containsExactly("آدم يوسف كوكو");
  }
}
