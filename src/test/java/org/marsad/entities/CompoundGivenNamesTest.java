package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * A compound given name with "الله" written with a space is one person's name with its family name
 * ({@link CompoundGivenNames}), not God between two words. Sentences written for the test; the
 * names are invented.
 */
class CompoundGivenNamesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<String> persons(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وقال المتحدث باسم الحركة ذبيح الله مجاهد إن الهجوم لم يستهدف المدنيين      | ذبيح الله مجاهد
      وصرح القائد الميداني سيف الله خالدي للصحفيين بأن القوات ستواصل تقدمها     | سيف الله خالدي
      """)
  void a_compound_given_name_with_allah_begins_the_persons_name(String text, String name) {
    assertThat(persons(text)).contains(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وقال الإمام في خطبته إن رسول الله دعا إلى الرحمة بين الناس
      وعزا عبد الله خسارة الفريق إلى الإرهاق
      """)
  void god_after_a_noun_of_piety_and_the_word_after_abdallah_stay_outside_a_name(String text) {
    assertThat(persons(text)).allMatch(name -> name.equals("عبد الله"));
  }
}
