package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.doc.Span;
import org.marsad.text.AnalyzedText;

/** The recogniser over a small knowledge base of its own (test resources, entities-fixture). */
class EntityRecognizerTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.load("entities-fixture"));

  private static List<Entity> read(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items();
  }

  private static Entity entity(List<Entity> entities, String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not found in " + entities));
  }

  private static List<String> mentions(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  private static List<String> ids(List<Entity> entities) {
    return entities.stream().map(Entity::id).toList();
  }

  @Test
  void proclitics_are_split_off_and_the_mention_starts_at_the_name() {
    List<Entity> es = read("اجتمع الوفد بلافروف في موسكو، ثم توجه للولايات المتحدة وبروسيا الاتحادية.");
    assertThat(mentions(entity(es, "person:sergey-lavrov"))).containsExactly("لافروف");
    assertThat(mentions(entity(es, "country:USA"))).containsExactly("للولايات المتحدة");
    assertThat(mentions(entity(es, "country:RUS"))).containsExactly("روسيا الاتحادية");
    Entity moscow = entity(es, "gpe:moscow");
    assertThat(moscow.type()).isEqualTo(EntityType.GPE);
    assertThat(moscow.country()).isEqualTo("RUS");
    assertThat(moscow.code()).isNull();
  }

  @Test
  void mentions_point_into_the_original_text_with_its_diacritics() {
    String text = "زارَ الوفدُ رُوسيا أمس.";
    Mention m = entity(read(text), "country:RUS").mentions().get(0);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()).isEqualTo("رُوسيا");
  }

  @Test
  void a_nisba_adjective_in_every_form_names_its_country() {
    List<Entity> es = read("انتقد وزير الدفاع الأمريكي الخطة الروسية، ورحب المسؤولون اليابانيون والروس بها، "
        + "فيما رفضها الدبلوماسيون الكوريون الشماليون.");
    assertThat(mentions(entity(es, "country:USA"))).containsExactly("الأمريكي");
    assertThat(mentions(entity(es, "country:RUS"))).containsExactly("الروسية", "الروس");
    assertThat(mentions(entity(es, "country:JPN"))).containsExactly("اليابانيون");
    assertThat(mentions(entity(es, "country:PRK"))).containsExactly("الكوريون الشماليون");
    assertThat(entity(es, "country:USA").code()).isEqualTo("USA");
  }

  @Test
  void a_nisba_in_the_indefinite_accusative_names_its_country() {
    List<Entity> es = read("وخطف مسلحون صحفيا فرنسيا وسائحا كوريا جنوبيا، وأصيب حارس يمني.");
    assertThat(mentions(entity(es, "country:FRA"))).containsExactly("فرنسيا");
    assertThat(mentions(entity(es, "country:KOR"))).containsExactly("كوريا جنوبيا");
  }

  @Test
  void a_country_spelt_as_its_nisba_in_the_accusative_stays_a_name() {
    List<Entity> es = read("زار الوزير ألمانيا أمس.");
    assertThat(entity(es, "country:DEU").mentions()).extracting(Mention::form).containsExactly(Mention.Form.NAME);
  }

  @Test
  void the_longest_name_wins_and_its_words_are_not_entities_of_their_own() {
    List<Entity> es = read("دعت الولايات المتحدة الأمريكية مجلس الأمن الدولي إلى الانعقاد في مقر الأمم المتحدة.");
    assertThat(mentions(entity(es, "country:USA"))).containsExactly("الولايات المتحدة الأمريكية");
    assertThat(mentions(entity(es, "org:un-security-council"))).containsExactly("مجلس الأمن الدولي");
    assertThat(mentions(entity(es, "org:un"))).containsExactly("الأمم المتحدة");
    assertThat(es).hasSize(3);
  }

  @Test
  void a_common_word_that_is_also_a_name_is_not_taken_alone() {
    List<Entity> es = read("أعلن وزير المالية عن دعم مالي جديد، وأرسل مساعدات إلى جمهورية مالي.");
    assertThat(ids(es)).containsExactly("country:MLI");
    assertThat(mentions(entity(es, "country:MLI"))).containsExactly("جمهورية مالي");
  }

  @Test
  void countries_missing_from_the_files_come_from_cldr() {
    Entity brazil = entity(read("وقعت البرازيل والأرجنتين اتفاقا تجاريا."), "country:BRA");
    assertThat(brazil.name()).isEqualTo("Brazil");
    assertThat(brazil.code()).isEqualTo("BRA");
    assertThat(brazil.type()).isEqualTo(EntityType.GPE);
  }

  @Test
  void transliteration_variants_are_one_person() {
    List<Entity> es = read("قال وزير الدفاع سيرجي شويجو إن شويغو لم يغادر موسكو.");
    Entity shoigu = entity(es, "person:sergei-shoigu");
    assertThat(mentions(shoigu)).containsExactly("سيرجي شويجو", "شويغو");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(1);
  }

  @Test
  void an_office_gives_a_known_person_the_role_the_article_names() {
    Entity asPrimeMinister = entity(read("استقبل رئيس الوزراء الروسي فلاديمير بوتين ضيفه."), "person:vladimir-putin");
    assertThat(asPrimeMinister.role()).isEqualTo("Prime Minister");
    Entity plain = entity(read("تحدث بوتين هاتفيا مع ضيفه."), "person:vladimir-putin");
    assertThat(plain.role()).isEqualTo("President");
    assertThat(plain.name()).isEqualTo("Vladimir Putin");
    assertThat(plain.nameAr()).isEqualTo("فلاديمير بوتين");
    assertThat(plain.country()).isEqualTo("RUS");
  }

  @Test
  void an_office_introduces_a_person_the_knowledge_base_does_not_hold() {
    List<Entity> es = read("التقت وزيرة خارجية اليابان يوكو كاميكاوا بالصحفيين في طوكيو. "
        + "وقالت كاميكاوا إن المحادثات كانت مثمرة.");
    Entity kamikawa = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(kamikawa.name()).isEqualTo("يوكو كاميكاوا");
    assertThat(kamikawa.role()).isEqualTo("Foreign Minister");
    assertThat(kamikawa.country()).isEqualTo("JPN");
    assertThat(kamikawa.id()).startsWith("person:");
    assertThat(mentions(kamikawa)).containsExactly("يوكو كاميكاوا", "كاميكاوا");
    assertThat(mentions(entity(es, "country:JPN"))).containsExactly("اليابان");
  }

  @Test
  void a_counterpart_takes_the_role_of_the_person_just_named_and_is_named_again_by_office() {
    List<Entity> es = read("استقبل لافروف نظيره الفرنسي، جان إيف لودريان، في موسكو. "
        + "وأكد الوزير الفرنسي أن بلاده تريد الحوار، فيما رد نظيره الروسي بالترحيب.");
    Entity leDrian = es.stream().filter(e -> e.type() == EntityType.PERSON && e.id().startsWith("person:")
        && !e.id().equals("person:sergey-lavrov")).findFirst().orElseThrow();
    assertThat(leDrian.name()).isEqualTo("جان إيف لودريان");
    assertThat(leDrian.role()).isEqualTo("Foreign Minister");
    assertThat(leDrian.country()).isEqualTo("FRA");
    assertThat(mentions(leDrian)).containsExactly("جان إيف لودريان", "الوزير الفرنسي");
    assertThat(mentions(entity(es, "person:sergey-lavrov"))).containsExactly("لافروف", "نظيره الروسي");
  }

  @Test
  void an_office_followed_by_a_verb_introduces_nobody() {
    List<Entity> es = read("قال الرئيس الأمريكي إن بلاده سترد. وأكد وزير الخارجية الفرنسي، أن الحوار مستمر.");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).isEmpty();
  }

  @Test
  void a_two_word_nisba_after_an_office_gives_the_country() {
    List<Entity> es = read("وصل الزعيم الكوري الشمالي كيم جونغ أون إلى موسكو.");
    Entity kim = entity(es, "person:kim-jong-un");
    assertThat(kim.role()).isEqualTo("Supreme Leader");
    assertThat(mentions(entity(es, "country:PRK"))).containsExactly("الكوري الشمالي");
  }

  @Test
  void latin_names_in_a_caption_link_to_the_arabic_entities() {
    String caption = "Russia's Foreign Minister Sergei Lavrov and Japan's Foreign Minister Yoko Kamikawa in Tokyo";
    String body = "\nأجرى لافروف محادثات مع وزيرة خارجية اليابان يوكو كاميكاوا.";
    String text = caption + body;
    List<Entity> es = RECOGNIZER.recognize(AnalyzedText.of(text, List.of(new Span(0, caption.length())))).items();
    assertThat(mentions(entity(es, "person:sergey-lavrov"))).containsExactly("Sergei Lavrov", "لافروف");
    assertThat(mentions(entity(es, "country:JPN"))).containsExactly("Japan", "اليابان");
    assertThat(mentions(entity(es, "gpe:tokyo"))).containsExactly("Tokyo");
    Entity kamikawa = es.stream().filter(e -> e.name().equals("يوكو كاميكاوا")).findFirst().orElseThrow();
    assertThat(mentions(kamikawa)).containsExactly("Yoko Kamikawa", "يوكو كاميكاوا");
    assertThat(kamikawa.country()).isEqualTo("JPN");
  }

  @Test
  void a_person_outside_the_knowledge_base_keeps_one_id_across_articles() {
    String a = read("وقال وزير الخارجية المصري سامح شكري إن الحوار مستمر.").stream()
        .filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow().id();
    String b = read("استقبل وزير خارجية مصر سامح شكري السفير.").stream()
        .filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow().id();
    assertThat(a).isEqualTo(b).startsWith("person:");
  }

  @Test
  void an_office_followed_by_a_verb_in_any_form_introduces_nobody() {
    List<Entity> es = read("وفي الأثناء، الرئيس الأمريكي يهدد بفرض رسوم جديدة، ووزيرة الخارجية الفرنسية ستزور القاهرة.");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).isEmpty();
  }

  @Test
  void an_office_followed_by_the_visit_it_pays_introduces_nobody() {
    // "يؤدي"، "قام" and "زيارة" after an office are the visit, never the holder's name
    List<Entity> es = read("يؤدي الوزير الأول البلجيكي زيارة عمل إلى المغرب، فيما قام وزير الدفاع الكندي بزيارة "
        + "إلى الأردن، ورئيس الحكومة الإسباني يؤدي زيارة دولة إلى السنغال.");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).isEmpty();
  }

  @Test
  void an_office_of_an_organisation_introduces_a_person_of_its_country() {
    List<Entity> es = read("وقالت المتحدثة باسم الخارجية الصينية ماو نينغ إن الصين ترفض العقوبات.");
    Entity mao = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mao.name()).isEqualTo("ماو نينغ");
    assertThat(mao.role()).isEqualTo("Spokesperson");
    assertThat(mao.country()).isEqualTo("CHN");
  }

  @Test
  void a_qualifier_between_office_and_name_is_passed_over() {
    List<Entity> es = read("وصل المبعوث الأمريكي الخاص توماس باراك إلى بيروت.");
    Entity envoy = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(envoy.name()).isEqualTo("توماس باراك");
    assertThat(envoy.role()).isEqualTo("Envoy");
    assertThat(envoy.country()).isEqualTo("USA");
  }

  @Test
  void a_three_word_name_does_not_take_the_head_of_a_construct() {
    List<Entity> es = read("وأكد رئيس الوزراء الهندي ناريندرا مودي عمق العلاقات مع اليابان.");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name))
        .containsExactly("ناريندرا مودي");
  }

  @Test
  void a_treaty_named_after_an_organisation_names_the_organisation_too() {
    List<Entity> es = read("وأكد الوزير التزام بلاده بميثاق الأمم المتحدة.");
    assertThat(mentions(entity(es, "misc:un-charter"))).containsExactly("ميثاق الأمم المتحدة");
    assertThat(mentions(entity(es, "org:un"))).containsExactly("الأمم المتحدة");
  }

  @Test
  void a_counterpart_named_by_office_is_the_one_holding_the_same_office() {
    List<Entity> es = read("وكان وزير الخارجية الأمريكي مايك بومبيو قد التقى الرئيس دونالد ترامب. "
        + "وبحث لافروف مع نظيره الأمريكي ملف الأسلحة النووية.");
    assertThat(mentions(entity(es, "person:mike-pompeo"))).containsExactly("مايك بومبيو", "نظيره الأمريكي");
    assertThat(entity(es, "person:mike-pompeo").role()).isEqualTo("Secretary of State");
  }

  @Test
  void an_arab_name_may_end_with_a_family_name_that_carries_the_article() {
    List<Entity> es = read("وقال وزير المالية المصري محمد الجبالي إن العجز تراجع، والتقى نائب الرئيس عبد الرحمن آل خليفة.");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name))
        .containsExactly("محمد الجبالي", "عبد الرحمن آل خليفة");
  }

  @Test
  void an_office_in_construct_without_its_country_introduces_nobody() {
    List<Entity> es = read("واجتمع رئيس مجلس إدارة الشركة مع وزير دولة شؤون الطاقة.");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).isEmpty();
  }

  @Test
  void a_national_security_council_is_not_the_united_nations_one() {
    List<Entity> es = read("اجتمع مجلس الأمن القومي لبحث الأزمة، ثم انعقد مجلس الأمن الدولي.");
    assertThat(mentions(entity(es, "org:un-security-council"))).containsExactly("مجلس الأمن الدولي");
  }

  @Test
  void an_ordinal_or_a_fathers_name_at_the_end_of_a_name_does_not_stand_for_the_person() {
    List<Entity> es = read("استقبل العاهل الأردني الملك حسين بن طلال الأمير عبد الله الثاني في الأسبوع الثاني من الشهر، "
        + "ثم زار طلال المستشفى.");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON).flatMap(e -> e.mentions().stream())
        .map(Mention::text)).doesNotContain("الثاني", "طلال");
  }

  @Test
  void an_english_caption_names_a_person_the_article_introduced_in_arabic() {
    String caption = "Tomas Barak speaks to reporters in Beirut";
    String text = caption + "\nوصل المبعوث الأمريكي توماس باراك إلى بيروت.";
    List<Entity> es = RECOGNIZER.recognize(AnalyzedText.of(text, List.of(new Span(0, caption.length())))).items();
    Entity envoy = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(envoy)).containsExactly("Tomas Barak", "توماس باراك");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(1);
  }

  @Test
  void an_office_in_apposition_after_a_name_is_that_persons() {
    List<Entity> es = read("وحضر السيد فالنتين كولين، وزير الخارجية الروسي، الاجتماع.");
    Entity kolin = es.stream().filter(e -> e.name().equals("فالنتين كولين")).findFirst().orElseThrow();
    assertThat(kolin.role()).isEqualTo("Foreign Minister");
    assertThat(kolin.country()).isEqualTo("RUS");
    assertThat(mentions(kolin)).containsExactly("فالنتين كولين", "وزير الخارجية الروسي");
  }

  @Test
  void a_korean_or_chinese_name_is_named_again_by_its_first_word_the_family_name() {
    List<Entity> es = read("وقالت وزيرة الخارجية الكورية الجنوبية كانغ كيونغ وا إن الحوار ممكن. وأضافت كانغ أن سيئول مستعدة.");
    Entity kang = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(kang)).containsExactly("كانغ كيونغ وا", "كانغ");
    assertThat(kang.country()).isEqualTo("KOR");
  }

  @Test
  void the_counterpart_of_a_team_is_no_person() {
    List<Entity> es = read("فاز المنتخب المصري على نظيره الفرنسي بهدفين مقابل هدف.");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).isEmpty();
    assertThat(ids(es)).containsExactly("country:EGY", "country:FRA");
  }

  @Test
  void an_office_named_alone_is_not_given_to_a_person_without_that_office() {
    List<Entity> es = read("وتحدث الدكتور سمير حداد عن التراث. وقال الرئيس إن المشروع سينطلق قريبا.");
    Entity haddad = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(haddad)).containsExactly("سمير حداد");
    assertThat(haddad.role()).isNull();
  }

  @Test
  void an_office_with_its_domain_and_country_introduces_a_person_outside_the_knowledge_base() {
    List<Entity> es = read("وقالت مساعدة وزير الخارجية اليابانية للشؤون الآسيوية هاناكو تاناكا إن المحادثات ستستمر.");
    Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(p)).containsExactly("هاناكو تاناكا");
    assertThat(p.country()).isEqualTo("JPN");
  }

  @Test
  void a_spokesman_for_a_body_inside_a_country_is_found_after_the_country() {
    List<Entity> es = read("وحذر المتحدث باسم لجنة الشؤون الخارجية في البرلمان الياباني كينجي ساتو من التصعيد.");
    Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(p)).containsExactly("كينجي ساتو");
    assertThat(p.country()).isEqualTo("JPN");
    assertThat(p.role()).isEqualTo("Spokesperson");
  }

  @Test
  void a_representative_to_the_un_is_named_after_the_body_he_is_posted_to() {
    List<Entity> es = read("ورحب المندوب المصري الدائم لدى الأمم المتحدة الطيب حسنين بالقرار.");
    Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(p)).containsExactly("الطيب حسنين");
    assertThat(p.country()).isEqualTo("EGY");
  }

  @Test
  void a_verb_with_an_object_pronoun_after_an_office_is_no_name() {
    List<Entity> es = read("واستدعت الخارجية السفير الياباني لدى موسكو وأبلغته رسالة احتجاج شديدة.");
    assertThat(es).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void a_valley_mountain_or_hill_is_named_with_its_noun() {
    List<Entity> es = read("قصفت المدفعية أطراف وادي الزيتون ثم تقدمت دبابات نحو تلة السماق.");
    assertThat(es).filteredOn(e -> e.type() == EntityType.LOC).extracting(e -> mentions(e).get(0))
        .contains("وادي الزيتون", "تلة السماق");
    assertThat(mentions(read("وقع انفجار بجبل الريحان ليلا.").get(0))).containsExactly("جبل الريحان");
    // "وأدى" (and led to) and "كتلة" (a bloc) are no valley or hill, though their keys are
    assertThat(read("وأدى النزاع إلى خسائر، وانسحب نواب من كتلة الوفاق.")).noneMatch(e -> e.type() == EntityType.LOC);
    assertThat(read("تراكم على الشركة جبل من الديون.")).noneMatch(e -> e.type() == EntityType.LOC);
  }

  @Test
  void a_country_whose_name_is_an_adjective_is_the_country_after_a_preposition_a_side_or_in_a_list() {
    assertThat(ids(read("قالت الحكومة إن الوضع الأمني في مالي يتدهور منذ أشهر."))).contains("country:MLI");
    assertThat(ids(read("عاد الجنود بمالي إلى ثكناتهم بعد انتهاء المهمة."))).contains("country:MLI");
    assertThat(ids(read("تنتشر الجماعات المسلحة في الصحراء وشمال شرقي مالي منذ سنوات."))).contains("country:MLI");
    assertThat(ids(read("أغلقت السلطات الحدود مع مالي أمس."))).contains("country:MLI");
    assertThat(ids(read("يعبر المهاجرون من النيجر ومالي نحو الشمال."))).contains("country:MLI", "country:NER");
    assertThat(ids(read("حصلت البلدية على دعم مالي كبير لتمويل مشروع جديد."))).doesNotContain("country:MLI");
    assertThat(ids(read("كشف التقرير عن عجز مالي في ميزانية الوزارة."))).doesNotContain("country:MLI");
  }

  @Test
  void a_place_whose_name_is_a_common_word_needs_its_country_or_a_place_beside_it() {
    assertThat(ids(read("جرفت سيول قوية عدة قرى في الجنوب."))).isEmpty();
    assertThat(ids(read("يزور الوفد سيول وطوكيو الشهر المقبل."))).contains("gpe:seoul", "gpe:tokyo");
    assertThat(ids(read("أجرت كوريا الجنوبية مناورات، وقالت سيول إنها مستعدة."))).contains("gpe:seoul");
  }

  @Test
  void a_direction_and_a_region_name_a_province_of_its_own() {
    List<Entity> es = read("نزح الآلاف من شمال كيفو إلى مناطق أخرى في كيفو.");
    assertThat(mentions(entity(es, "gpe:north-kivu"))).containsExactly("شمال كيفو");
    assertThat(mentions(entity(es, "loc:kivu"))).containsExactly("كيفو");
  }

  @Test
  void an_organisation_named_with_a_nisba_names_its_country_too() {
    List<Entity> es = read("أعلنت قوات الدفاع الذاتي اليابانية رفع حالة التأهب.");
    assertThat(ids(es)).contains("org:japan-armed-forces", "country:JPN");
  }

  @Test
  void a_name_may_have_a_word_beginning_with_waw_unless_it_starts_another_name() {
    List<Entity> es = read("وقالت السفيرة الفرنسية لدى الأمم المتحدة ماري وولتون إن القرار متوازن.");
    Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(p)).containsExactly("ماري وولتون");
    assertThat(p.country()).isEqualTo("FRA");
  }

  @Test
  void a_rank_between_the_body_and_the_name_is_skipped() {
    List<Entity> es = read("وقال المتحدث باسم الخارجية الصينية اللواء لي مينغ إن بكين تتابع الوضع.");
    Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(p)).containsExactly("لي مينغ");
  }

  @Test
  void an_office_in_a_city_introduces_the_person_after_the_city() {
    List<Entity> es = read("وقال مدير المكتب الإعلامي في طوكيو يوكو ماتسودا إن الزيارة تأجلت.");
    Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(p)).containsExactly("يوكو ماتسودا");
    assertThat(p.country()).isEqualTo("JPN");
  }

  @Test
  void a_domain_in_construct_after_the_country_is_passed_over() {
    List<Entity> es = read("وقالت مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط جين كارتر إن المحادثات مثمرة.");
    Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(mentions(p)).containsExactly("جين كارتر");
    assertThat(p.country()).isEqualTo("USA");
  }
}
