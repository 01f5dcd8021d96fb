package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * Where an organisation's name begins and ends, and which names are organisations: the word
 * naming a body's kind before its name ({@link KindBeforeName}), a head that begins the name
 * ({@link HeadInsideName}: "حزب"، "منظمة"، "جبهة"), and a club's town that stays in
 * its name where the model reads the club's first word alone. Sentences written for the test.
 */
class OrganisationNamesTest {

  private static final Gazetteer GAZETTEER = new Gazetteer(KnowledgeBase.standard());
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<TokenKeys> words(String text) {
    return TokenKeys.of(AnalyzedText.of(text, List.of()).tokens());
  }

  /**
   * The model's name on words [from, to) of the model's type, and where it begins and what it names
   * once the kind word is read. Words are counted from 0, punctuation included.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وانتقل إلى فريق يوفنتوس                              | 2 | 4 | ORG    | 3 | ORG
      وقال لمجلة بيزنس ويك                                 | 1 | 4 | PERSON | 2 | ORG
      وصرح رئيس فريق ستار موتورسبورت بأن السيارة جاهزة     | 3 | 5 | PERSON | 3 | ORG
      وصرح رئيس فريق ستار موتورسبورت بأن السيارة جاهزة     | 3 | 5 | MISC   | 3 | ORG
      وقال الفريق سالم الحمادي إن                          | 2 | 4 | PERSON | 2 | PERSON
      مراسل قناة دبي                                       | 2 | 3 | GPE    | 2 | GPE
      فريق                                                 | 0 | 1 | ORG    | 0 | ORG
      """)
  void a_kind_word_stays_outside_the_name_and_the_name_after_it_is_the_body(
      String text, int from, int to, EntityType type, int expectedFrom, EntityType expectedType) {
    // "لمجلة": a proclitic on the kind word; "الفريق" with the article is also a general's rank;
    // a place after the kind word is left to the knowledge base; the kind word alone is not emptied
    assertThat(KindBeforeName.of(GAZETTEER, words(text), from, to, type))
        .isEqualTo(new KindBeforeName.Reading(expectedFrom, expectedType));
  }

  private static List<String> mentionsOf(String text, String id) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.id().equals(id)).findFirst().map(Entity::mentions).orElseThrow()
        .stream().map(Mention::text).toList();
  }

  @Test
  void an_exchange_the_model_reads_by_its_noun_and_place_is_the_place() {
    // the model reads "سوق أبوظبي" as an organisation; ANERcorp tags the place alone (named-by-place.tsv)
    String text = "وتراجعت الأسهم في سوق أبوظبي للأوراق المالية أمس .";
    assertThat(mentionsOf(text, "gpe:abu-dhabi")).containsExactly("أبوظبي");
    assertThat(RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items())
        .noneMatch(e -> e.type() == EntityType.ORG);
  }

  @Test
  void a_clubs_town_stays_in_its_name_where_the_model_reads_the_first_word_alone() {
    // the model reads "المغرب" and "أولمبيك" here; the knowledge base's club keeps its town
    assertThat(mentionsOf("وتعادل المغرب التطواني مع ضيفه بهدف لكل فريق.", "org:moghreb-tetouan"))
        .containsExactly("المغرب التطواني");
    assertThat(mentionsOf("ولعب أولمبيك آسفي مباراة قوية.", "org:olympique-safi"))
        .containsExactly("أولمبيك آسفي");
  }

  private static final EntityRecognizer KB_ONLY = new EntityRecognizer(KnowledgeBase.standard());

  private static List<String> ids(EntityRecognizer recognizer, String text) {
    return recognizer.recognize(AnalyzedText.of(text, List.of())).items().stream().map(Entity::id).toList();
  }

  @Test
  void a_feminine_nisba_after_a_definite_noun_is_its_adjective_not_the_organisation() {
    assertThat(AdjectiveAfterNoun.at(words("انعقدت القمة الفرنكوفونية في كندا"), 2)).isTrue();
    assertThat(AdjectiveAfterNoun.at(words("دعا رؤساء البلديات للمدن الفرنكوفونية"), 4)).isTrue();
    assertThat(AdjectiveAfterNoun.at(words("انضمت رومانيا إلى الفرنكوفونية"), 3)).isFalse();
    assertThat(AdjectiveAfterNoun.at(words("مؤتمر الفرنكوفونية"), 1)).isFalse();
    for (EntityRecognizer r : List.of(KB_ONLY, RECOGNIZER)) {
      assertThat(ids(r, "وانعقدت القمة الفرنكوفونية في كندا بحضور الرؤساء.")).doesNotContain("org:francophonie");
      assertThat(ids(r, "وانضمت مولدوفا إلى الفرنكوفونية قبل سنوات.")).contains("org:francophonie");
    }
  }

  @Test
  void tishreen_before_its_ordinal_is_the_month_not_the_club() {
    assertThat(ids(KB_ONLY, "ويلعب الفريق مباراة الإياب في العاشر من تشرين الأول المقبل."))
        .doesNotContain("org:tishreen-sc");
    assertThat(ids(KB_ONLY, "وتغلب تشرين على ضيفه في مباراة الدوري.")).contains("org:tishreen-sc");
  }

  @Test
  void a_club_joined_by_waw_or_ma_to_a_club_is_read_as_the_club() {
    // "الدحيل" is listed; "الخور" (also a town) and "العربي" (also "Arab") are clubs only in context
    assertThat(ids(KB_ONLY, "وكرم الاتحاد القطري الدحيل والخور والعربي في حفل ختام الموسم."))
        .contains("org:al-duhail", "org:al-khor-sc", "org:al-arabi-qatar");
    assertThat(ids(KB_ONLY, "وزار الوفد الخور والعربي في رحلة قصيرة."))
        .doesNotContain("org:al-khor-sc", "org:al-arabi-qatar");
  }

  @Test
  void two_clubs_joined_by_waw_stay_two_names_where_the_model_reads_one() {
    // the model reads "يوفنتوس وليون" as one organisation; the knowledge base's two clubs stay
    assertThat(ids(RECOGNIZER, "وتأهل يوفنتوس وليون الفرنسي إلى الدور الثاني من البطولة."))
        .contains("org:juventus", "org:olympique-lyon");
  }

  private static List<String> organisations(EntityRecognizer recognizer, String text) {
    return recognizer.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == EntityType.ORG).flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
  }

  @Test
  void a_party_organisation_or_front_named_by_its_head_keeps_the_head_and_leaves_a_countrys_nisba_out() {
    // the knowledge base alone, so that only the head's reading names these
    assertThat(organisations(KB_ONLY, "ودعت جبهة الإنقاذ الوطني المصرية إلى الحوار."))
        .containsExactly("جبهة الإنقاذ الوطني");
    assertThat(organisations(KB_ONLY, "وانتقد نواب حزب التجمع قرار الحكومة أمس."))
        .containsExactly("حزب التجمع");
    assertThat(organisations(KB_ONLY, "وشارك الوزير في مؤتمر لمنظمة الزراعة والأغذية."))
        .containsExactly("منظمة الزراعة");
    // "الحزب" refers back to a party; a head before an indefinite word names nothing
    assertThat(organisations(KB_ONLY, "وأكد مسؤول في الحزب الحاكم أن الانتخابات ستجري في موعدها.")).isEmpty();
    assertThat(organisations(KB_ONLY, "وأسس المعارضون حزب جديد في العاصمة.")).isEmpty();
  }

  @Test
  void a_university_or_institute_named_by_its_head_keeps_the_head() {
    assertThat(organisations(KB_ONLY, "وتخرج الباحث من جامعة الزيتونة قبل عشرين عاما."))
        .containsExactly("جامعة الزيتونة");
    assertThat(organisations(KB_ONLY, "ونشر معهد الدراسات الاستراتيجية تقريرا عن الجفاف."))
        .containsExactly("معهد الدراسات الاستراتيجية");
    // "الجامعة" refers back; a head before an indefinite word names nothing
    assertThat(organisations(KB_ONLY, "وقال رئيس الجامعة إن الامتحانات تأجلت.")).isEmpty();
    assertThat(organisations(KB_ONLY, "وافتتح الوزير معهد جديد للتكوين المهني.")).isEmpty();
  }

  @Test
  void a_union_or_association_named_by_its_members_keeps_the_head_and_leaves_a_countrys_nisba_out() {
    assertThat(organisations(KB_ONLY, "وطالبت نقابة الممرضين بزيادة الأجور منذ أشهر."))
        .containsExactly("نقابة الممرضين");
    assertThat(organisations(KB_ONLY, "وانتقد رئيس جمعية المستثمرين المغاربة قرار الحكومة."))
        .containsExactly("جمعية المستثمرين");
    assertThat(organisations(KB_ONLY, "وهدد اتحاد الصيادين بالإضراب عن العمل."))
        .containsExactly("اتحاد الصيادين");
    // an everyday plural of persons, no name alone, names the union after its head
    assertThat(organisations(KB_ONLY, "وقالت نقابة المعلمين في بيان إن الإضراب مستمر."))
        .containsExactly("نقابة المعلمين");
    // before any other word the head names nothing by this rule: a broken plural, a singular
    assertThat(organisations(KB_ONLY, "وزار الوفد جمعية الأمل في الضاحية.")).isEmpty();
    assertThat(organisations(KB_ONLY, "وأكد الخبراء أن اتحاد الجهود ضروري.")).isEmpty();
  }

  @Test
  void a_commission_and_a_league_the_press_names_are_known() {
    assertThat(ids(RECOGNIZER, "وعقدت هيئة الحقيقة والكرامة جلسة استماع جديدة مساء الجمعة."))
        .contains("org:tunisia-truth-and-dignity");
    assertThat(ids(RECOGNIZER, "وأدانت رابطة العالم الإسلامي الهجوم على المصلين."))
        .contains("org:muslim-world-league").doesNotContain("loc:muslim-world");
  }

  @Test
  void a_body_and_the_body_it_belongs_to_are_two_names() {
    // train.tsv: "التابع/التابعة" is inside a name 0 of 15 times; the council is not narrowed to the UN
    assertThat(organisations(RECOGNIZER, "وتبنى مجلس الأمن التابع للأمم المتحدة قرارا جديدا بشأن اليمن."))
        .containsExactly("مجلس الأمن", "للأمم المتحدة");
    assertThat(mentionsOf("وتبنى مجلس الأمن التابع للأمم المتحدة قرارا جديدا بشأن اليمن.", "org:un-security-council"))
        .containsExactly("مجلس الأمن");
  }

  @Test
  void a_body_narrowed_to_the_body_named_after_its_head_names_that_body() {
    // the model reads the UN alone after "الجمعية العامة", as ANERcorp tags it; the mention is the UN's
    String text = "وتبنت الجمعية العامة للأمم المتحدة بالأغلبية قرارا يدعو إلى وقف القتال.";
    assertThat(mentionsOf(text, "org:un")).containsExactly("للأمم المتحدة");
    assertThat(ids(RECOGNIZER, text)).doesNotContain("org:un-general-assembly");
    // without ل the words after the head name the body itself, not a club of the same name
    assertThat(ids(RECOGNIZER, "وقال رئيس حركة النهضة إن الحوار ضروري.")).doesNotContain("org:al-nahda-oman");
  }

  @Test
  void an_outlet_named_after_its_country_is_the_outlet_not_a_person_or_the_country() {
    List<Entity> read = RECOGNIZER.recognize(AnalyzedText.of("وقال مصدر محلي لموقع سودان تربيون إن القصف استمر حتى المساء .", List.of())).items();
    assertThat(read).extracting(Entity::id).contains("org:sudan-tribune");
    assertThat(read).extracting(Entity::type).doesNotContain(EntityType.PERSON);
  }
}
