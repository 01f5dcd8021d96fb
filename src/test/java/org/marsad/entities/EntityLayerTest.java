package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * One entity layer from the knowledge base and the shipped model: sentences written for the
 * test, with names that no list holds.
 */
class EntityLayerTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<Entity> read(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items();
  }

  private static List<Entity> read(String text, String published) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of()), published).items();
  }

  private static Entity named(List<Entity> entities, String written) {
    return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(written)))
        .findFirst().orElseThrow(() -> new AssertionError(written + " not found in " + entities));
  }

  private static List<String> mentions(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void a_person_no_list_holds_is_found_unlinked_and_named_again_by_the_surname() {
    List<Entity> es = read("قال سليم بوزيان، النائب السابق في البرلمان، إن الحكومة لم تف بوعودها. "
        + "وأضاف بوزيان أن الأزمة ستطول.");
    Entity p = named(es, "سليم بوزيان");
    assertThat(p.type()).isEqualTo(EntityType.PERSON);
    assertThat(p.linked()).isFalse();
    assertThat(p.id()).startsWith("person:");
    assertThat(mentions(p)).containsExactly("سليم بوزيان", "بوزيان");
  }

  @Test
  void the_same_name_gives_the_same_id_in_every_article() {
    String first = named(read("قال سليم بوزيان إن الحكومة لم تف بوعودها."), "سليم بوزيان").id();
    String second = named(read("وصرح سليم بوزيان للصحفيين بأن الاتفاق انهار."), "سليم بوزيان").id();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void a_knowledge_base_match_keeps_its_id_link_and_role() {
    Entity lavrov = named(read("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار."), "سيرغي لافروف");
    assertThat(lavrov.id()).isEqualTo("person:sergey-lavrov");
    assertThat(lavrov.linked()).isTrue();
    assertThat(lavrov.role()).isEqualTo("Foreign Minister");
  }

  @Test
  void a_governor_is_of_the_country_of_the_place_he_governs() {
    Entity p = named(read("وقال محافظ البصرة كاظم الحسناوي إن الأمطار أغرقت الشوارع."), "كاظم الحسناوي");
    assertThat(p.role()).isEqualTo("Governor");
    assertThat(p.country()).isEqualTo("IRQ");
    // a construct office takes the known place after it as its genitive: "رئيس إقليم ..."
    assertThat(named(read("وأكد محافظ عدن سالم الفقيه أن الميناء سيفتح غدا."), "سالم الفقيه").country())
        .isEqualTo("YEM");
    // the definite office is no construct: the place after it is not its domain
    assertThat(named(read("وقال الوزير سالم الفقيه في عدن إن الميناء سيفتح."), "سالم الفقيه").country())
        .isIn(null, "");
  }

  @Test
  void a_minister_of_joined_portfolios_holds_one_office() {
    assertThat(named(read("وقال وزير الزراعة والري والثروة السمكية سالم الفقيه إن الموسم جيد."), "سالم الفقيه")
        .role()).isEqualTo("Agriculture Minister");
    // a bare "وزير" with two portfolios, the second with its adjective
    assertThat(named(read("وصرح وزير الشؤون الخارجية والتعاون الدولي المغربي كريم العلوي بأن اللقاء مثمر."),
        "كريم العلوي").role()).isEqualTo("Minister");
    // "الوزير الناطق باسم الحكومة": the minister who speaks for the government
    assertThat(named(read("وقال الوزير الناطق باسم الحكومة، يوسف ولد حمدي، إن المعبر سيفتح."), "يوسف ولد حمدي")
        .role()).isEqualTo("Minister");
  }

  @Test
  void a_nisba_is_a_mention_of_its_country_by_adjective_and_a_name_by_name() {
    List<Entity> es = read("وانتقد المسؤولون الروس زيارة الوفد إلى روسيا.");
    Entity russia = named(es, "روسيا");
    assertThat(russia.mentions()).extracting(Mention::text, Mention::form).containsExactly(
        org.assertj.core.groups.Tuple.tuple("الروس", Mention.Form.ADJECTIVE),
        org.assertj.core.groups.Tuple.tuple("روسيا", Mention.Form.NAME));
  }

  @Test
  void a_title_stays_outside_the_name() {
    Entity p = named(read("واستقبل الرئيس سليم بوزيان وفدا من رجال الأعمال."), "سليم بوزيان");
    assertThat(mentions(p)).containsExactly("سليم بوزيان");
  }

  @Test
  void an_honorific_before_a_known_person_stays_outside_and_the_fuller_name_is_taken_whole() {
    List<Entity> es = read("واستقبل الشيخ حمد بن خليفة آل ثاني أمس وفدا من رجال الأعمال.");
    Entity hamad = named(es, "حمد بن خليفة آل ثاني");
    assertThat(hamad.id()).isEqualTo("person:hamad-bin-khalifa-al-thani");
    assertThat(mentions(hamad)).containsExactly("حمد بن خليفة آل ثاني");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
  }

  @Test
  void a_name_in_more_words_before_a_known_person_is_someone_else() {
    Entity son = named(read("وحضر الحفل الشيخ فهد بن محمد بن راشد آل مكتوم نائب رئيس المجلس."),
        "فهد بن محمد بن راشد آل مكتوم");
    assertThat(son.linked()).isFalse();
    Entity namesake = named(read("واستقبل الرئيس فاليري لافروف وفدا من رجال الأعمال."), "فاليري لافروف");
    assertThat(namesake.id()).isNotEqualTo("person:sergey-lavrov");
    assertThat(namesake.linked()).isFalse();
  }

  @Test
  void a_city_the_model_reads_as_a_club_is_an_organisation() {
    List<Entity> es = read("وفاز برشلونة على ضيفه بلد الوليد بثلاثة أهداف نظيفة في الدوري الإسباني لكرة القدم، "
        + "وتقدم برشلونة إلى المركز الثاني.");
    Entity club = named(es, "برشلونة");
    assertThat(club.type()).isEqualTo(EntityType.ORG);
    // the knowledge base lists the club (clubs.tsv), by the city's name read in context
    assertThat(club.id()).isEqualTo("org:fc-barcelona");
    assertThat(club.linked()).isTrue();
  }

  @Test
  void a_description_after_a_name_the_model_reads_stays_outside_it() {
    List<Entity> es = read("وأشاد رئيس الاتحاد بفوز المصارع رامي عبد الحميد الشهير بالنمر في البطولة. "
        + "وخسر مواطنه سامح فتحي الفائز بذهبية الدورة السابقة أمام منافسه. "
        + "واعترف سامر كريم المعروف بصراحته بأن الفريق أخطأ. "
        + "وجاء كلام المدرب ردا على تصريحات الوزير.");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(EntityLayerTest::mentions)
        .containsExactlyInAnyOrder("رامي عبد الحميد", "سامح فتحي", "سامر كريم");
  }

  @Test
  void a_noun_in_the_indefinite_accusative_the_article_writes_with_al_is_no_part_of_a_name() {
    List<Entity> es = read("وقدم الفنان كريم سالم برنامجا جديدا على القناة الثانية، ويعرض البرنامج كل مساء. "
        + "وافتتح المهندس سمير داود مصنعا في المدينة الصناعية، وقال إن المصنع سيوظف مئتي عامل. "
        + "ويرى المحللون أن البلاد أصبحت سوقا واعدة، وأن السوق ستنمو. "
        + "وقال المدرب إن أوباما ليس موضوع الحديث.");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(EntityLayerTest::mentions)
        .containsExactlyInAnyOrder("كريم سالم", "سمير داود", "أوباما");
  }

  @Test
  void a_noun_after_bi_or_li_the_article_writes_with_al_ends_a_name_before_it() {
    List<Entity> es = read("ويسعى مارسيلو لتعطيل سرعة الأجنحة، لأن التعطيل هو الحل. "
        + "ويسعى مارسيلو لإبطاء إيقاع اللعب، لأن الإبطاء يناسب فريقه.");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(EntityLayerTest::mentions)
        .containsExactly("مارسيلو", "مارسيلو");
  }

  @Test
  void foreign_given_names_after_and_begin_the_next_person_of_a_list() {
    List<Entity> es = read("وحضر الحفل كل من الفنانة منى زكي، ونيكول عازار، وباسكال يونس، وكلير حداد.");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(EntityLayerTest::mentions)
        .anyMatch(m -> m.endsWith("نيكول عازار"))
        .anyMatch(m -> m.endsWith("كلير حداد"));
  }

  @Test
  void a_given_name_before_a_family_name_the_model_reads_alone_begins_the_name() {
    List<Entity> es = read("ويشارك في العمل كل من الفنان كريم عبد العزيز، ومنى زكي، وسوسن بدر.");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(EntityLayerTest::mentions)
        .contains("منى زكي")
        .doesNotContain("زكي");
  }

  @Test
  void a_given_name_the_model_reads_as_a_person_alone_joins_the_family_name_after_it() {
    List<Entity> es = read("وانضم إلى اللجنة السادة حسن فاروق وهاني عبد الباقي وأشرف عبد الجليل .");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(EntityLayerTest::mentions)
        .contains("أشرف عبد الجليل")
        .doesNotContain("أشرف", "عبد الجليل");
  }

  @Test
  void a_persons_name_holds_no_punctuation() {
    List<Entity> es = read("حيث يستضيف فيه عددا كبيرا منهم : سمير فهمي ، وكمال الشناوي ، وأشرف عبد الباقي ، "
        + "واحمد السقا ، وأحمد رزق .");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(EntityLayerTest::mentions)
        .contains("أشرف عبد الباقي")
        .noneMatch(m -> m.contains("،"));
  }

  @Test
  void people_listed_after_a_person_with_and_and_a_given_name_are_each_a_person() {
    List<Entity> es = read("وقال المخرج سليم بوزيان إن الحفل سيحضره كل من الفنان منصور الدباغ، "
        + "وعلي الكعبي وسامي الشريف وعلى المنظمين توفير المقاعد.");
    assertThat(named(es, "علي الكعبي").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(es, "سامي الشريف").type()).isEqualTo(EntityType.PERSON);
    // "وعلى" is the preposition, not the given name علي
    assertThat(es).flatExtracting(EntityLayerTest::mentions).noneMatch(m -> m.contains("المنظمين"));
  }

  @Test
  void a_bank_named_by_its_adjective_is_an_organisation_its_country_outside() {
    List<Entity> es = read("أعلن البنك الزراعي السوداني زيادة أرباحه هذا العام، "
        + "وقال مدير البنك الزراعي إن خطط البنك التوسعية ستشمل عشر ولايات.");
    Entity bank = named(es, "البنك الزراعي");
    assertThat(bank.type()).isEqualTo(EntityType.ORG);
    assertThat(bank.linked()).isFalse();
    assertThat(mentions(bank)).containsExactly("البنك الزراعي", "البنك الزراعي");
    // "التوسعية" is feminine: it describes "خطط", not the bank
    assertThat(es).flatExtracting(EntityLayerTest::mentions).doesNotContain("البنك التوسعية");
  }

  @Test
  void a_person_whose_office_changed_gets_the_office_of_the_article_date() {
    String text = "وقال رجب طيب أردوغان إن تركيا لن تتراجع.";
    assertThat(named(read(text, "2010-05-01"), "رجب طيب أردوغان").role()).isEqualTo("Prime Minister");
    assertThat(named(read(text, "2019-11-24T12:38Z"), "رجب طيب أردوغان").role()).isEqualTo("President");
    assertThat(named(read(text), "رجب طيب أردوغان").role()).isEqualTo("President");
  }

  @Test
  void the_chair_of_the_african_union_commission_holds_the_unions_office() {
    // "رئيس" alone is a president; with the Commission's name it is the Union's chair, which acts for no state
    String text = "ودعا رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف الطرفين إلى الحوار.";
    assertThat(named(read(text, "2026-03-01"), "محمود علي يوسف").role())
        .isEqualTo("Chairperson of the African Union Commission");
  }

  @Test
  void empty_text_gives_an_empty_layer() {
    assertThat(read("")).isEmpty();
    assertThat(read(" \n\n ")).isEmpty();
  }

  @Test
  void latin_text_and_a_long_run_without_spaces_give_no_exception() {
    assertThatCode(() -> read("The minister met Sergey Lavrov in Moscow on Monday, officials said.")).doesNotThrowAnyException();
    assertThatCode(() -> read("ب".repeat(200_000))).doesNotThrowAnyException();
    assertThatCode(() -> read("x".repeat(100_000) + " قال سليم بوزيان")).doesNotThrowAnyException();
  }

  @Test
  void a_five_megabyte_article_is_read_whole() {
    StringBuilder text = new StringBuilder(5_100_000);
    while (text.length() < 5_000_000) {
      text.append("قال سليم بوزيان، النائب في البرلمان، إن الحكومة لم تف بوعودها في صفاقس. ");
    }
    List<Entity> es = read(text.toString());
    assertThat(named(es, "سليم بوزيان").mentions().size()).isGreaterThan(60_000);
  }
}
