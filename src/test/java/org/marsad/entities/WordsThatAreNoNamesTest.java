package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.text.AnalyzedText;

/**
 * Words the model may read as names that are none by their form: a verb's first person, the dual of
 * an office or everyday noun, a participle's plural, a noun with the tanween (also not a listed place
 * after a proclitic); and Korea named alone. The sentences are invented.
 */
class WordsThatAreNoNamesTest {

  private static final EntityRecognizer WITH_MODEL = new EntityRecognizer();

  @Test
  void a_verb_a_dual_a_participles_plural_and_a_noun_with_the_tanween_name_nothing() {
    assertThat(texts("وقال الضيف في كلمته: «جئت إلى تونس لأتعلم»، وأضاف: «جئنا لنبقى».")).doesNotContain("جئت", "جئنا");
    assertThat(texts("وبحث الرئيسان سبل التعاون، واتفق الجانبان على لقاء قريب، وأكد الوزيران دعمهما."))
        .doesNotContain("الرئيسان", "الجانبان", "الوزيران");
    assertThat(texts("ويرى متابعون للشأن المحلي أن الأزمة ستطول.")).doesNotContain("متابعون");
    assertThat(texts("وأرسلت الوزارة فريقاً من الخبراء إلى موقع الحادث.")).doesNotContain("فريقاً", "ريقاً");
    // the same place written without the tanween and with no proclitic stays a place
    assertThat(ids("ووصل الوزير إلى ريغا في زيارة رسمية.")).contains("gpe:riga");
  }

  /** "أوفد" (sent an envoy) after a capital named for its government is the verb (verbs.tsv), no place. */
  @Test
  void a_verb_after_a_capital_names_no_place() {
    assertThat(texts("وأفادت تقارير صحفية بأن الدوحة أوفدت مبعوثا خاصا إلى الخرطوم، وأن كابول ستوفد وزيرا.")).doesNotContain("أوفدت", "ستوفد");
  }

  @Test
  void the_nisba_of_a_noun_in_alef_hamza_after_a_noun_is_its_adjective() {
    assertThat(texts("وتضم القافلة عشرين مولد كهربائي ومستلزمات طبية.")).doesNotContain("كهربائي");
    assertThat(texts("وأرسلت الوزارة معدات تشمل مضخات مائية ومولد كهربائي إلى المستشفى.")).doesNotContain("كهربائي");
    // a family name after a given name stays: "محسن رضائي"
    assertThat(texts("وقال محسن رضائي إن الحرس مستعد، وأضاف رضائي أن الرد سيكون قاسيا.")).contains("محسن رضائي");
  }

  @Test
  void a_kind_of_place_with_the_article_and_fire_name_no_place() {
    assertThat(texts("ونفذ صيادون وقفة أمام ميناء المدينة احتجاجا على احتجاز زملائهم.")).doesNotContain("المدينة");
    assertThat(texts("وسقط حطام مسيرة على مبنى في ضواحي المدينة.")).doesNotContain("المدينة");
    assertThat(texts("واتهمت القوات الطاجيكية بفتح النار أولا.")).doesNotContain("النار");
    assertThat(ids("ووصل الوفد إلى المدينة المنورة صباح اليوم.")).contains("gpe:medina");
  }

  @Test
  void korea_alone_is_south_korea_but_not_inside_the_norths_agency() {
    assertThat(mentions("واستقبل الرئيس نظيره الكوري، في أول زيارة لرئيس كوري، وأشاد بتجربة سول."))
        .contains("country:KOR=الكوري", "country:KOR=كوري");
    assertThat(mentions("وقالت وكالة الأنباء المركزية الكورية إن التجربة نجحت."))
        .contains("org:kcna=وكالة الأنباء المركزية الكورية").noneMatch(m -> m.startsWith("country:KOR"));
    assertThat(mentions("وأطلقت كوريا الشمالية صاروخا باليستيا.")).noneMatch(m -> m.startsWith("country:KOR"));
    // the bare name after the North's full name shortens it: no adjective "كوريا" (a Korean) of the South
    assertThat(mentions("وحذرت كوريا الشمالية من المناورات، ثم قامت كوريا بتجربة صاروخية."))
        .noneMatch(m -> m.startsWith("country:KOR"));
    assertThat(mentions("واعتقلت الشرطة سائحا كوريا جنوبيا قرب الحدود.")).contains("country:KOR=كوريا جنوبيا");
  }

  private static List<String> mentions(String text) {
    return ListedPlacesKeptWholeTest.mentions(text);
  }

  private static List<String> texts(String text) {
    return mentions(text).stream().map(m -> m.substring(m.indexOf('=') + 1)).toList();
  }

  private static List<String> ids(String text) {
    return WITH_MODEL.recognize(AnalyzedText.of(text, List.of())).items().stream().map(Entity::id).toList();
  }
}
