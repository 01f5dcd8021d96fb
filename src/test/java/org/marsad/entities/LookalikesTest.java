package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Entity;
import org.marsad.text.AnalyzedText;

/**
 * Names are matched with غ ج ق folded and, for people, without their long vowels; an everyday
 * word that only so meets a one-word name ({@code lookalikes.tsv}) is never that name, while
 * the name written as the knowledge base writes it still is. Over the standard knowledge base.
 */
class LookalikesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<String> ids(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream().map(Entity::id).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وصل الوفد بدون تأخير إلى القاعة.                 | person:joe-biden
      عرفت المنطقة هدوءا نسبيا هذا الأسبوع.             | person:yasser-arafat
      قال إنه شريك موثوق في المشروع.                    | person:jacques-chirac
      ارتفع سعر الدينار مقابل العملات الأخرى.           | person:gebran-bassil
      باع المزارع فدان أرض في القرية.                   | person:hakan-fidan
      وأصيب الجسد بجروح طفيفة في الحادث.               | org:sdf
      نشرت الوزارة بيانات جديدة عن الصادرات.           | person:naftali-bennett
      اعترف الجاني بارتكاب الجريمة أمام المحكمة.        | country:GHA
      اختار اللون البرتقالي لواجهة المبنى.              | country:PRT
      """)
  void an_everyday_word_is_not_the_name_it_meets(String sentence, String notThis) {
    assertThat(ids(sentence)).doesNotContain(notThis);
  }

  @Test
  void the_names_themselves_are_still_found() {
    assertThat(ids("رحب بايدن بالاتفاق، فيما انتقده عرفات.")).contains("person:joe-biden", "person:yasser-arafat");
    assertThat(ids("هاجمت قسد مواقع قرب الحدود.")).contains("org:sdf");
    assertThat(ids("زار الوزير باريس أمس.")).contains("gpe:paris");
    assertThat(ids("استقبل الرئيس الغاني نظيره البرتغالي.")).contains("country:GHA", "country:PRT");
  }

  /** A known surname met only by its skeleton ("دراغي" ~ "دورجي") that opens a longer name is someone's given name. */
  @Test
  void a_surname_lookalike_opening_a_longer_name_is_not_that_person() {
    assertThat(ids("أديس أبابا - قال وزير المالية الإثيوبي، دورجي تيسفاي، إن الحكومة ستواصل"
        + " الإصلاحات. وأضاف تيسفاي أن النمو سيتحسن.")).doesNotContain("person:mario-draghi");
  }

  /** A word the model reads as a name is no listed name where, clitic off, it is only an everyday lookalike of it. */
  @Test
  void a_lookalike_after_a_proclitic_is_not_the_name_the_model_reads() {
    assertThat(ids("وأوفدت القاهرة فريقا من الخبراء إلى أسوان لمعاينة السد.")).doesNotContain("gpe:riga");
    assertThat(ids("ووصل وزير الخارجية اللاتفي إلى ريغا مساء الأحد.")).contains("gpe:riga");
  }

  @Test
  void bangladesh_is_named_by_its_nisba_bengali_too() {
    assertThat(ids("واستدعت الخارجية البنغالية سفير بوليفيا، فيما أغلقت السلطات البنغالية معبرا حدوديا."))
        .contains("country:BGD", "country:BOL");
  }
}
