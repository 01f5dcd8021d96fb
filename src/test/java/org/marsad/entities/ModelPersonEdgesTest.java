package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * Where a person's name that only the shipped model reads begins and ends: sentences written for
 * the test, with names that no list holds.
 */
class ModelPersonEdgesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  /** The texts of the person mentions the entity layer reads in {@code text}, in order. */
  static List<String> persons(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .flatMap((Entity e) -> e.mentions().stream().map(Mention::text))
        .toList();
  }

  @Test
  void a_kurdish_given_name_begins_the_name_the_model_reads_after_it() {
    assertThat(persons("وقال مدير الناحية، ريباز عبد الله، لوكالة محلية إن الطائرات استهدفت المقر ."))
        .containsExactly("ريباز عبد الله");
    assertThat(persons("وأكد هوكر محمد أمين أن الوضع هادئ .")).containsExactly("هوكر محمد أمين");
  }

  @Test
  void a_given_name_that_ends_with_allah_begins_the_name_after_it() {
    // the model reads "الله" alone (God, MISC in ANERcorp) or from it on; given-names-with-allah.tsv
    assertThat(persons("وقال المتحدث باسم الحركة ذبيح الله نوري إن الوفد غادر ."))
        .containsExactly("ذبيح الله نوري");
    assertThat(persons("ونفى المتحدث باسم الحكومة ذبيح الله كريمي التقارير ، وقال إن الحدود آمنة ."))
        .containsExactly("ذبيح الله كريمي");
    assertThat(persons("وقال والي الولاية ضيف الله حكيمي إن الطريق أغلق ."))
        .containsExactly("ضيف الله حكيمي");
    assertThat(persons("وأعلن نائب الوزير عناية الله شاكر أن القافلة وصلت ."))
        .containsExactly("عناية الله شاكر");
    // thanks to God, no person
    assertThat(persons("ونجا الركاب بفضل الله من الحادث .")).isEmpty();
  }

  @Test
  void a_given_name_alone_after_a_title_of_rank_takes_the_family_name_after_it() {
    // the model reads the given name alone; "سريع" and "طويل" are also adjectives
    assertThat(persons("وقال العقيد سامي طويل في بيان إن الدورية تعرضت لكمين ."))
        .containsExactly("سامي طويل");
    assertThat(persons("وأعلن اللواء يحيى سريع أن الطائرات عادت إلى قواعدها ."))
        .containsExactly("يحيى سريع");
  }

  @Test
  void a_maghrebi_family_name_of_a_particle_and_a_name_ends_the_name() {
    // family-name-particles.tsv: "بالحاج" is بال and الحاج (a title), not ب and the title
    assertThat(persons("قال النائب كمال بالحاج علي إن الحزب سيعقد مؤتمره في الخريف ."))
        .containsExactly("كمال بالحاج علي");
    // "بالعيد": بال and العيد; "بلقاسم": بل and the given name قاسم
    assertThat(persons("وحضر الجلسة سامي بالعيد ممثلا عن الجمعية ."))
        .containsExactly("سامي بالعيد");
    // a preposition written onto the next word closes the name
    assertThat(persons("وكلف المكتب سامي بالعيد بمهمة التنسيق مع الجهات ."))
        .containsExactly("سامي بالعيد");
    assertThat(persons("وصرح مراد بلقاسم بأن الموسم انتهى ."))
        .contains("مراد بلقاسم");
    // after no given name the same letters are the preposition and a noun
    assertThat(persons("وأشاد الحضور بالحاج الذي تبرع بالأرض .")).isEmpty();
  }

  @Test
  void a_given_name_alone_takes_the_family_name_the_name_closes_after() {
    // where the model reads the given name alone, the next word that may be a family name is one
    assertThat(persons("انتقد الأمين العام لحركة البناء الوطني، محسن قرواش التصريحات الأخيرة لرئيس الحكومة."))
        .containsExactly("محسن قرواش");
  }

  @Test
  void a_noun_of_a_match_report_after_a_name_is_no_part_of_it() {
    // الفارق: the scorer's object (common-words.tsv), which the model took into the name
    assertThat(persons("وأعاد فيرناندو الفارق الى هدفين ."))
        .containsExactly("فيرناندو");
  }

  @Test
  void a_verb_of_the_news_before_a_name_is_no_part_of_it() {
    // ستبعد: the future of أبعد (verbs.tsv), which the model took into the name
    assertThat(persons("الإصابة ستبعد كوستا عن الملاعب مدة شهرين ."))
        .containsExactly("كوستا");
  }

  @Test
  void a_given_name_that_reads_as_a_conjunction_and_a_verb_begins_the_name() {
    // فيصل also reads as ف + يصل (verbs.tsv); as a given name it stays in the name
    assertThat(persons("وقال المتحدث باسم الشرطة فيصل الدوسري إن التحقيق مستمر ."))
        .containsExactly("فيصل الدوسري");
  }

  @Test
  void persons_read_side_by_side_without_and_or_a_mark_are_one_name() {
    assertThat(persons("وأعلن قائد الشرطة اللواء عبدالمنعم محمد صالح أن الطريق أعيد فتحه ."))
        .containsExactly("عبدالمنعم محمد صالح");
    assertThat(persons("وأكد مدير الأمن العميد عبدالرزاق أحمد علي أن الطريق أعيد فتحه ."))
        .containsExactly("عبدالرزاق أحمد علي");
  }

  @Test
  void a_preposition_and_a_noun_with_the_article_end_the_name() {
    // "بالمقعد": the article writes "المقعد" alone too
    assertThat(persons("وفاز مرشح الحزب ماهر بن سالم بالمقعد بعد أن كان المقعد للمعارضة ."))
        .containsExactly("ماهر بن سالم");
  }

  @Test
  void a_preposition_before_a_hamza_on_alef_ends_the_name() {
    assertThat(persons("ويخشى ديفيد لإيقاف مهاجمي الفريق الضيف ."))
        .containsExactly("ديفيد");
  }

  @Test
  void a_womans_given_name_of_the_list_begins_a_name_after_a_verb() {
    assertThat(persons("وقالت المتحدثة فايزة منصور إن الوزارة ستعلن النتائج ."))
        .containsExactly("فايزة منصور");
  }

  @Test
  void a_name_after_the_noun_of_a_company_an_outlet_or_a_product_is_no_persons() {
    assertThat(persons("وتراجعت مبيعات طراز كوروليو في السوق الأوروبية ."
        + " وقال رئيس قسم التسويق بنوكيا لمجلة تك ويك إن الشركة تسعى لتوسيع خدماتها .")).isEmpty();
    // with the article, the noun ends an office before a person
    assertThat(persons("وقال المدير العام للشركة كريم سالم إن الأرباح ارتفعت ."))
        .containsExactly("كريم سالم");
  }

  @Test
  void an_office_in_the_accusative_after_a_name_is_no_part_of_it() {
    // ممثلا: "as representative", what the person is at the meeting
    assertThat(persons("وحضر الاجتماع ماجد بن ناصر ممثلا عن الحكومة ."))
        .containsExactly("ماجد بن ناصر");
    assertThat(persons("وترأس وفد المملكة في القمة العربية سعد بن فهد ممثلا عن الملك ."))
        .containsExactly("سعد بن فهد");
  }

  @Test
  void a_noun_of_time_in_construct_after_an_office_is_no_name() {
    // غداة/إبان/فور/حين/طيلة date the speech by an event (common-words.tsv): "وأضاف الرئيس
    // الأمريكي غداة زيارته" names no person, the office points back to the president named before
    assertThat(persons("وأضاف الرئيس الأمريكي غداة زيارته \"سنبقى أقوى جيش في العالم\" .")).isEmpty();
    assertThat(persons("وقال وزير الخارجية الفرنسي فور وصوله إن المحادثات كانت صريحة .")).isEmpty();
    assertThat(persons("وأكد الوزير التركي طيلة جولته أن بلاده تدعم الحوار .")).isEmpty();
    assertThat(persons("وأوضح السفير الإيطالي إبان الأزمة أن السفارة بقيت مفتوحة .")).isEmpty();
  }

  @Test
  void a_name_set_off_between_commas_after_an_office_is_whole() {
    // "أمين" is left out of given-names.tsv (also "trustworthy"); between the commas it opens the name
    assertThat(persons("وقال رئيس المجلس المحلي، أمين أبو ريدة، إن المزارعين منعوا من الوصول إلى أراضيهم ."))
        .containsExactly("أمين أبو ريدة");
    // a Somali family name in "و" ("Warsame") that the model reads as a person of its own, after
    // the rank: one person, not two
    assertThat(persons("وقال قائد القطاع، العقيد محمد عبدي ورسمه، إن القوات استعادت البلدة ."))
        .containsExactly("محمد عبدي ورسمه");
    // a given name after "و" is a second person, not the first one's family name
    assertThat(persons("واستقبل الوزير، أحمد نور وخالد، في مكتبه .")).doesNotContain("أحمد نور وخالد");
  }

  @Test
  void plural_nouns_of_people_are_no_persons() {
    assertThat(persons("ويرى اقتصاديون أن الأسعار سترتفع خلال الصيف .")).isEmpty();
    assertThat(persons("وقال دبلوماسيون إن المفاوضات تعثرت .")).isEmpty();
  }
}
