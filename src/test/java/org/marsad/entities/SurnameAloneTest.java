package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * A person read by the surname alone, a headline before the full name too, is the one person of the
 * article the full name of whom ends in it. Sentences written for the test, with the model.
 */
class SurnameAloneTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  /** Each person of the text: its name, then the texts of its mentions. */
  private static List<String> people(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name() + ": " + String.join(" / ", e.mentions().stream().map(Mention::text).toList()))
        .toList();
  }

  @Test
  void a_surname_with_the_article_after_the_full_name_is_that_person() {
    assertThat(people("وقال الأمين العام للحزب سمير الهمامي إن الوضع صعب . وأضاف الهمامي أن الحوار ضروري ."))
        .containsExactly("سمير الهمامي: سمير الهمامي / الهمامي");
  }

  @Test
  void a_three_letter_surname_in_the_headline_is_the_known_person_named_below() {
    assertThat(people("عون يدعو إلى التهدئة\n\nأجرى رئيس الجمهورية جوزاف عون اتصالا بنظيره القبرصي . وقال عون إن لبنان يريد السلام ."))
        .containsExactly("Joseph Aoun: عون / جوزاف عون / عون");
  }

  @Test
  void a_surname_two_people_of_the_article_bear_joins_neither() {
    List<String> found = people("واستقبل الوزير كريم الهمامي زميله سمير الهمامي في مكتبه . وقال الهمامي إن اللقاء كان مثمرا .");
    assertThat(found).contains("كريم الهمامي: كريم الهمامي", "سمير الهمامي: سمير الهمامي");
  }
}
