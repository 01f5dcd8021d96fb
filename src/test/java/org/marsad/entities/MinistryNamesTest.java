package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * A ministry named by its domain with no state after it is a body of the article's own state, ORG;
 * one named with another state's nisba, or "في" and a capital, is left to the knowledge base. Over
 * the standard knowledge base, without the model, so that what is asserted is the rule.
 */
class MinistryNamesTest {

  private static List<String> mentions(String text) {
    return KbOnly.mentions(text, Entity::type);
  }

  @Test
  void a_domain_after_the_head_names_the_ministry() {
    assertThat(mentions("وأوقفت وزارة الداخلية ثلاثة ضباط عن العمل بعد التحقيق."))
        .contains("ORG=وزارة الداخلية");
    assertThat(mentions("وتجمع المتقاعدون أمام مقر وزارة المالية في العاصمة."))
        .contains("ORG=وزارة المالية");
  }

  @Test
  void joined_domains_adjectives_and_the_people_abroad_stay_inside() {
    assertThat(mentions("ونفت وزارة الدفاع الوطني أن تكون الطائرة قد اخترقت الأجواء."))
        .contains("ORG=وزارة الدفاع الوطني");
    assertThat(mentions("وطالبت وزارة التخطيط والتعاون الدولي المانحين بالوفاء بتعهداتهم."))
        .contains("ORG=وزارة التخطيط والتعاون الدولي");
    assertThat(mentions("وقالت وزارة الخارجية وشؤون المغتربين إنها تتابع أوضاع الطلبة."))
        .contains("ORG=وزارة الخارجية وشؤون المغتربين");
    assertThat(mentions("وأكدت وزارة الشؤون الخارجية والمغاربة المقيمين بالخارج أن القنصلية مفتوحة."))
        .noneMatch(m -> m.equals("ORG=وزارة الشؤون الخارجية"));
  }

  @Test
  void the_steps_after_the_entity_layer_do_not_read_it_as_a_party() {
    var all = KbOnly.RECOGNIZER.recognize(org.marsad.text.AnalyzedText.of(
        "وأعلنت وزارة الداخلية توقيف المشتبه بهم في العاصمة.", List.of())).items();
    assertThat(all).anyMatch(e -> e.name().equals("وزارة الداخلية"));
    assertThat(EntityRecognizer.forLaterSteps(all)).noneMatch(e -> e.name().equals("وزارة الداخلية"));
  }

  @Test
  void another_states_ministry_or_the_anaphor_is_not_read_so() {
    assertThat(mentions("ورحبت وزارة الخارجية الكينية بالاتفاق الجديد."))
        .noneMatch(m -> m.equals("ORG=وزارة الخارجية"));
    assertThat(mentions("وأعلنت وزارة الخارجية في كابول أن الوفد غادر."))
        .noneMatch(m -> m.startsWith("ORG=وزارة"));
    assertThat(mentions("وقالت وزارة الأمن العام التركية إن التحقيق مستمر."))
        .noneMatch(m -> m.startsWith("ORG=وزارة الأمن"));
    assertThat(mentions("وقالت وزارة الشؤون الخارجية الإيرانية إن الوزير سيزور المنطقة."))
        .noneMatch(m -> m.equals("ORG=وزارة الشؤون"));
    assertThat(mentions("وقالت الوزارة إن المفاوضات مستمرة.")).noneMatch(m -> m.startsWith("ORG="));
    assertThat(mentions("وقالت وزارة جديدة إن المفاوضات مستمرة.")).noneMatch(m -> m.startsWith("ORG="));
  }
}
