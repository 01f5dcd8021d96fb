package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.EntityType;
import org.marsad.text.AnalyzedText;

/**
 * With the model: a listed mission keeps its whole name where the model reads the body that sends it
 * inside ("بعثة [الأمم المتحدة] لمساعدة العراق"), and is found by its name without the country it serves.
 */
class MissionNamesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<String> organisations(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == EntityType.ORG)
        .flatMap(e -> e.mentions().stream().map(m -> e.id() + "=" + m.text()))
        .toList();
  }

  @Test
  void the_mission_is_named_whole() {
    assertThat(organisations("وحثت بعثة الأمم المتحدة لمساعدة العراق القوى السياسية على الحوار."))
        .contains("org:unami=بعثة الأمم المتحدة لمساعدة العراق");
    assertThat(organisations("وأعلنت بعثة الأمم المتحدة في جنوب السودان تعليق رحلاتها."))
        .contains("org:unmiss=بعثة الأمم المتحدة في جنوب السودان");
  }

  @Test
  void the_mission_without_its_country() {
    assertThat(organisations("وانتشرت قوات بعثة الاتحاد الأفريقي للدعم والاستقرار حول المطار."))
        .contains("org:aussom=بعثة الاتحاد الأفريقي للدعم والاستقرار");
  }
}
