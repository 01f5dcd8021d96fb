package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Entity;
import org.marsad.text.AnalyzedText;

/**
 * A kind of place that opens a place's name stays outside its mention ("محافظة [نينوى]"), and a
 * state's noun before a country only where the words after it name that country ("دولة [الكويت]",
 * not "دولة الاحتلال"); a description by a common noun and its adjective ("العالم العربي"،
 * "القارة الأفريقية") is no place's name by itself. Over the standard knowledge base, without the
 * model, so that what is asserted is the rule.
 */
class PlaceKindsTest {

  private static List<TokenKeys> words(String text) {
    return TokenKeys.of(AnalyzedText.of(text, List.of()).tokens());
  }

  /** "id=mention text" for every mention the knowledge base finds in {@code text}. */
  private static List<String> mentions(String text) {
    return KbOnly.mentions(text, Entity::id);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وقال مسؤول في محافظة نينوى إن الطرق أغلقت بعد الظهر.            | gpe:nineveh=نينوى
      وزار الوفد محافظة الأنبار ثم عاد إلى العاصمة.                   | gpe:anbar=الأنبار
      وانتشلت فرق الإنقاذ ثلاثة صيادين قبالة مدينة صور صباح اليوم.     | gpe:tyre=صور
      وعاد الصيادون إلى ميناء مدينة الكويت مع الغروب.                 | gpe:kuwait-city=الكويت
      وأعلنت دولة الكويت عن منحة جديدة للمدارس.                      | country:KWT=الكويت
      وتظاهر مزارعون أمام مبنى ديوان محافظة ذي قار احتجاجا على شح المياه. | gpe:dhi-qar=ذي قار
      وسقطت أمطار غزيرة على محافظة إب وسط البلاد.                     | gpe:ibb=إب
      ونزح آلاف السكان من ولاية القضارف نحو الحدود.                    | gpe:gedaref=القضارف
      وشنت القوات هجوما على مواقع المسلحين في شبيلي الوسطى.             | gpe:middle-shabelle=شبيلي الوسطى
      """)
  void the_kind_of_place_stays_outside_the_mention(String text, String expected) {
    assertThat(mentions(text)).contains(expected.strip());
  }

  @Test
  void a_state_named_only_with_its_noun_keeps_the_noun() {
    assertThat(mentions("وقصفت دولة الاحتلال مواقع في الجنوب.")).contains("country:ISR=دولة الاحتلال");
  }

  @Test
  void a_kind_word_with_the_article_begins_no_name_and_stays_as_written() {
    assertThat(mentions("وفي المدينة نفسها تظاهر المئات أمام مبنى البلدية."))
        .noneMatch(m -> m.endsWith("=المدينة"));
  }

  @Test
  void the_kind_nouns_load_and_match_without_the_article_only() {
    List<TokenKeys> words = TokenKeys.of(AnalyzedText.of("بمحافظة المدينة", List.of()).tokens());
    assertThat(PlaceKinds.isKind(words.get(0))).isTrue();
    assertThat(PlaceKinds.isKind(words.get(1))).isFalse();
  }

  @Test
  void a_description_by_a_noun_and_its_adjective_is_read_only_in_context() {
    List<String> found = mentions("وتحدث الكاتب عن العالم العربي والقارة الأفريقية قبل أن يعود إلى أوروبا.");
    assertThat(found).contains("loc:europe=أوروبا")
        .noneMatch(m -> m.startsWith("loc:arab-world=") || m.startsWith("loc:africa="));
  }

  @Test
  void a_land_named_with_its_noun_is_named_by_the_words_after_it() {
    assertThat(mentions("وانتشرت القبائل في بلاد الشام منذ قرون.")).contains("loc:levant=الشام");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وسقطت قذيفتان على منطقة الزعفرانية جنوب بغداد مساء أمس.        | الزعفرانية
      وأغلقت الشرطة شارع الرشيد وسط العاصمة بعد الانفجار.            | الرشيد
      وتجمع المحتجون في ساحة الشهداء وسط المدينة.                    | الشهداء
      ودهمت القوات منازل في قرية مزرعة شرقي البلدة فجر اليوم.         | مزرعة
      وقال سكان في حي الجهاد إن الكهرباء انقطعت طوال الليل.           | الجهاد
      """)
  void a_word_between_a_kind_of_place_and_a_side_or_after_a_quarter_is_a_place(String text, String place) {
    assertThat(KbOnly.mentions(text, Entity::type)).contains("GPE=" + place.strip());
  }

  @Test
  void no_place_where_the_word_after_the_kind_is_no_name() {
    List<String> found = KbOnly.mentions("وأقامت الأمم المتحدة منطقة عازلة بين البلدين، وحي على الفلاح.", Entity::type);
    assertThat(found).noneMatch(m -> m.endsWith("=عازلة") || m.endsWith("=الفلاح"));
    assertThat(KbOnly.mentions("وانتشرت الدوريات في منطقة الحدود مع العراق.", Entity::type))
        .noneMatch(m -> m.endsWith("=الحدود"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وارتفعت أسهم شركات التقنية في بورصة نيويورك عند الافتتاح.       | gpe:new-york=نيويورك
      وتراجع المؤشر العام لسوق دبي المالي بنسبة واحد في المئة.        | gpe:dubai=دبي
      """)
  void an_exchange_named_by_its_place_is_read_as_the_place(String text, String expected) {
    assertThat(mentions(text)).contains(expected.strip()).noneMatch(m -> m.startsWith("org:"));
  }

  @Test
  void a_word_with_the_article_after_a_definite_kind_of_place_is_its_adjective() {
    List<TokenKeys> words = words("وتضررت القرى في الإقليم المجاور للحدود.");
    assertThat(PlaceKinds.adjectiveOfDefiniteKind(words, 4)).isTrue();
    assertThat(PlaceKinds.adjectiveOfDefiniteKind(words("وزار الوفد إقليم كردستان."), 3)).isFalse();
    assertThat(PlaceKinds.adjectiveOfDefiniteKind(words("وعاد إلى المدينة أمس."), 2)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وخطف مسلحون طبيبا من بلدة داعل بريف درعا الأوسط.                  | داعل
      واقتحمت دورية قرية كفرنبل في محافظة إدلب فجر اليوم.               | كفرنبل
      وانفجرت عبوة في سوق قضاء الهندية جنوب كربلاء.                      | الهندية
      وقصفت الطائرات بلدة باقم الحدودية بمحافظة صعدة.                    | باقم
      وهاجم مستوطنون قرية بيتللو المجاورة وأحرقوا مركبتين.                 | بيتللو
      ونظم المعلمون وقفة في ولاية سليانة، للمطالبة بأجورهم.              | سليانة
      وسقطت قذائف على الطريق بين مدينتي الموصل وتلعفر.                   | تلعفر
      وانقطعت الكهرباء في بلدتي كفرنبل والمزيريب منذ الصباح.               | كفرنبل
      """)
  void one_word_after_a_kind_of_town_closed_by_a_mark_a_side_or_a_place_is_a_town(String text, String place) {
    assertThat(KbOnly.mentions(text, Entity::type)).contains("GPE=" + place.strip());
  }

  @Test
  void a_word_after_a_kind_of_town_that_nothing_closes_is_no_town() {
    // an adjective, a verbal noun with its object, an everyday word with its adjective
    assertThat(KbOnly.mentions("وتعيش الأسرة في مدينة كبيرة تطل على البحر.", Entity::type)).noneMatch(m -> m.endsWith("=كبيرة"));
    assertThat(KbOnly.mentions("وكانت آخر مدينة كبرى في الإقليم تحت سيطرة الحكومة.", Entity::type)).noneMatch(m -> m.endsWith("=كبرى"));
    assertThat(KbOnly.mentions("وزار الوفد مدينة رسول الله صلى الله عليه وسلم.", Entity::type)).noneMatch(m -> m.endsWith("=رسول"));
    assertThat(KbOnly.mentions("وقرر الوزير قضاء العطلة في تونس.", Entity::type)).noneMatch(m -> m.endsWith("=العطلة"));
    assertThat(KbOnly.mentions("وأدى عشرة قضاة في قضاء اليمين القانونية أمس.", Entity::type)).noneMatch(m -> m.endsWith("=اليمين"));
    // a directorate, no district
    assertThat(KbOnly.mentions("وقالت مديرية أمن شمال سيناء إن الطريق أغلق.", Entity::type)).noneMatch(m -> m.endsWith("=أمن"));
  }

  @Test
  void a_town_closed_by_a_countrys_nisba_is_in_that_country() {
    Entity town = KbOnly.RECOGNIZER.recognize(AnalyzedText.of("وقصفت الطائرات مواقع في ولاية أرغنداب الأفغانية.", List.of()))
        .items().stream().filter(e -> e.name().equals("أرغنداب")).findFirst().orElseThrow();
    assertThat(town.country()).isEqualTo("AFG");
  }

  @Test
  void a_side_of_a_country_the_model_reads_without_the_side_names_the_country() {
    // "جنوب لبنان" is a region of the knowledge base; the model reads "[لبنان]" after the side, as
    // ANERcorp tags it, and that mention names Lebanon, not the region by the country's name
    List<Entity> found = new EntityRecognizer().recognize(AnalyzedText.of(
        "وقصفت المدفعية أطراف قرى في جنوب لبنان صباح اليوم ، فيما قال الجيش إنه استهدف مواقع مسلحة .", List.of())).items();
    assertThat(found).extracting(Entity::id).contains("country:LBN").doesNotContain("loc:south-lebanon");
  }

  @Test
  void kabul_as_the_afghan_press_writes_it_is_read_where_the_article_names_afghanistan() {
    assertThat(KbOnly.mentions("وأدانت حكومة أفغانستان في كابل الغارات على الحدود .", Entity::id)).contains("gpe:kabul=كابل");
    assertThat(KbOnly.mentions("وانقطع كابل الكهرباء عن الحي طوال الليل .", Entity::id)).noneMatch(m -> m.startsWith("gpe:kabul="));
    assertThat(KbOnly.mentions("ونظم العشرات مسيرة في أكادير احتجاجا على تردي الخدمات .", Entity::id)).contains("gpe:agadir=أكادير");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وداهمت الدوريات بلدات عين حلوة وكفر زيتا وتل زهرة، واعتقلت خمسة شبان. | عين حلوة,كفر زيتا,تل زهرة
      وامتدت الاحتجاجات إلى مديريات الروضة والشيخ سالم والبساتين في المدينة. | الروضة,الشيخ سالم,البساتين
      وعقد المزارعون لقاءات في قرى بني مرة ورأس طيبة وغيرها من قرى السهل.   | بني مرة,رأس طيبة
      وتسلل الجنود إلى بلدة بيت عامر، شمال المدينة.                        | بيت عامر
      """)
  void towns_listed_after_the_plural_of_their_kind_or_of_two_words_after_it_are_towns(String text, String places) {
    List<String> got = KbOnly.mentions(text, Entity::type);
    for (String place : places.strip().split(",")) {
      assertThat(got).contains("GPE=" + place);
    }
  }

  @Test
  void a_list_after_the_plural_of_a_kind_that_holds_a_side_or_is_not_closed_names_no_town() {
    assertThat(KbOnly.mentions("وتصاعدت الهجمات في مدن الوسط والجنوب خلال الشهر.", Entity::type))
        .noneMatch(m -> m.endsWith("=الوسط") || m.endsWith("=والجنوب") || m.endsWith("=الجنوب"));
    assertThat(KbOnly.mentions("ويعيش اللاجئون في مخيمات الشتات وآليات الدعم ضعيفة.", Entity::type))
        .noneMatch(m -> m.endsWith("=الشتات") || m.endsWith("=آليات"));
    // one name after the plural is no list
    assertThat(KbOnly.mentions("وتعطلت الكهرباء في بلدات الساحل، وقال السكان إنهم غاضبون.", Entity::type))
        .noneMatch(m -> m.endsWith("=الساحل"));
  }

  @Test
  void a_name_the_model_reads_as_a_person_inside_a_list_of_towns_gives_way_to_the_towns() {
    List<Entity> found = new EntityRecognizer().recognize(AnalyzedText.of(
        "واقتحم الجنود بلدات بيت عامر وسلواد وبني زيد، واعتدوا على الأهالي.", List.of())).items();
    assertThat(found).filteredOn(e -> e.type() == org.marsad.doc.EntityType.PERSON).isEmpty();
    assertThat(found).extracting(Entity::name).contains("سلواد", "بني زيد");
  }

  private static List<String> locs(String text) {
    return KbOnly.RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == org.marsad.doc.EntityType.LOC)
        .flatMap(e -> e.mentions().stream().map(org.marsad.doc.Mention::text)).toList();
  }

  @org.junit.jupiter.api.Test
  void a_river_no_list_holds_is_named_with_its_noun() {
    assertThat(locs("وأغلقت السلطات نقاط العبور على نهر ساو أمام الوافدين.")).containsExactly("نهر ساو");
    assertThat(locs("وقتل مسلحون قرب نهر لوريو في الشمال.")).containsExactly("نهر لوريو");
  }

  @org.junit.jupiter.api.Test
  void an_oil_field_is_named_after_its_noun_only_where_the_sentence_speaks_of_oil_or_gas() {
    assertThat(locs("وأعلن العمال إضرابا في حقلي الشمال والقرنة النفطيين.")).containsExactly("الشمال", "القرنة");
    assertThat(locs("وتوقف الإنتاج في حقل الحلفاية بسبب نقص الغاز.")).containsExactly("الحلفاية");
    assertThat(locs("ويعمل الباحث في حقل الفيزياء منذ سنوات.")).isEmpty();
  }

  private static List<String> places(String text) {
    return KbOnly.RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == org.marsad.doc.EntityType.GPE || e.type() == org.marsad.doc.EntityType.LOC)
        .flatMap(e -> e.mentions().stream().map(org.marsad.doc.Mention::text)).toList();
  }

  @org.junit.jupiter.api.Test
  void a_port_is_named_by_the_town_after_its_noun() {
    assertThat(locs("وقطع المحتجون الطريق المؤدي إلى ميناء أم خور، وأضرموا النار في الإطارات.")).containsExactly("أم خور");
    assertThat(locs("ورست السفينة في ميناء سواكن.")).containsExactly("سواكن");
  }

  @org.junit.jupiter.api.Test
  void a_preposition_and_a_noun_after_a_kind_of_place_is_no_town() {
    assertThat(places("وارتفع إنتاج النفط هذا العام في أغنى محافظة بالنفط.")).isEmpty();
  }

  @Test
  void an_iraqi_sub_district_is_named_by_the_word_after_its_kind_but_not_in_the_idiom() {
    assertThat(places("وسقطت قذائف على ناحية كوريزان، وقتل مزارع.")).containsExactly("كوريزان");
    assertThat(places("وقال مدير ناحية كوريزان، إن القصف استهدف المقر.")).containsExactly("كوريزان");
    assertThat(places("ومن ناحية ثانية، أعلنت الشرطة اعتقال ثلاثة.")).isEmpty();
    assertThat(places("وتطرق البحث لناحية الفنية، ثم انتقل إلى غيرها.")).isEmpty();
    assertThat(places("وتحرك الرتل ناحية الغرب .")).isEmpty();
  }

  @Test
  void two_places_after_a_dual_kind_and_regional_as_an_adjective() {
    assertThat(places("واندلعت اشتباكات في منطقتي الروضة والمنشية شرق المدينة.")).contains("الروضة").anyMatch(m -> m.endsWith("المنشية"));
    assertThat(places("وأعلن الجيش نشر ألف جندي في إقليمي كارتينا وسوماكو على الحدود الشمالية."))
        .contains("كارتينا").anyMatch(m -> m.endsWith("سوماكو"));
    assertThat(places("ودعا الوزير إلى تعاون إقليمي واسع وشامل لمواجهة الجفاف.")).isEmpty();
  }
}
