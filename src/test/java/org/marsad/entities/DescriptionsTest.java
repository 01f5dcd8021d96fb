package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * A known body written as a description ("قوات الاحتلال"، "جيش الاحتلال") is no name: the entity layer
 * keeps the mention, as a description, for the speakers and the event parties; the record leaves it
 * out, and leaves out an entity the article names only so. Over the standard knowledge base, without
 * the model, so that what is asserted is the rule.
 */
class DescriptionsTest {

  private static final EntityRecognizer KB_ONLY = new EntityRecognizer(KnowledgeBase.standard());

  private static List<Entity> layer(String text) {
    return KB_ONLY.recognize(AnalyzedText.of(text, List.of())).items();
  }

  private static Entity byId(List<Entity> entities, String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void the_occupation_forces_are_read_as_a_description_of_the_army() {
    List<Entity> found = layer("واقتحمت قوات الاحتلال مخيما للاجئين فجر اليوم واعتقلت عددا من الشبان.");
    Entity army = byId(found, "org:idf");
    assertThat(army.mentions()).extracting(Mention::form).containsExactly(Mention.Form.DESCRIPTION);
    assertThat(army.named()).isFalse();
  }

  @Test
  void the_army_named_by_its_name_keeps_that_mention_in_the_record() {
    List<Entity> found = layer("وقال الجيش الإسرائيلي إن جيش الاحتلال لم يطلق النار، بحسب بيان رسمي.");
    Entity army = byId(found, "org:idf");
    assertThat(army.named()).isTrue();
    assertThat(army.forRecord().mentions()).extracting(Mention::text).containsExactly("الجيش الإسرائيلي");
  }

  @Test
  void the_occupation_government_and_authorities_are_read_as_a_description_of_israels_government() {
    for (String text : List.of("وحملت الوزارة حكومة الاحتلال المسؤولية الكاملة عن حياة المعتقل.",
        "وطالبت الهيئة الصليب الأحمر بالضغط على سلطات الاحتلال للإفراج عن المرضى.")) {
      Entity government = byId(layer(text), "org:israel-government");
      assertThat(government.country()).isEqualTo("ISR");
      assertThat(government.mentions()).extracting(Mention::form).containsExactly(Mention.Form.DESCRIPTION);
      assertThat(government.named()).isFalse();
    }
  }
}
