package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/** A name two entries of the standard knowledge base share ("عمان": Oman and Amman) is read by the article. */
class SharedNamesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.standard());

  private static List<String> linked(String text, String name) {
    List<Entity> es = RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items();
    return es.stream()
        .filter(e -> e.mentions().stream().map(Mention::text).anyMatch(name::equals))
        .map(Entity::id)
        .toList();
  }

  @Test
  void in_an_article_about_jordan_the_bare_name_is_amman() {
    String text = "عمان - قال وزير المياه الأردني إن المملكة تواجه عجزا مائيا متزايدا هذا الصيف، "
        + "وإن الحكومة تدرس رفع أسعار المياه للاستهلاك المنزلي.";
    assertThat(linked(text, "عمان")).containsExactly("gpe:amman");
  }

  @Test
  void in_an_article_about_oman_the_bare_name_is_oman() {
    String text = "عمان - أعلنت الحكومة العمانية أنها ستفتح ميناء جديدا للصيد قرب مسقط، "
        + "وقال مسؤول إن المشروع يوفر مئات الوظائف في عمان خلال العامين المقبلين.";
    assertThat(linked(text, "عمان")).containsExactly("country:OMN");
  }

  @Test
  void the_country_named_more_often_wins_when_the_article_names_both() {
    String text = "التقى وزير الخارجية العماني في عمان نظيره الأردني، "
        + "وأكد الوزير العماني أن مسقط تدعم كل جهود التهدئة في المنطقة.";
    assertThat(linked(text, "عمان")).containsExactly("country:OMN");
  }

  @Test
  void without_evidence_the_first_entry_in_the_files_order_is_kept() {
    String text = "وصل الوفد إلى عمان مساء أمس في زيارة تستمر ثلاثة أيام.";
    assertThat(linked(text, "عمان")).containsExactly("country:OMN");
  }
}
