package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entities.ModelPersonEdgesTest.persons;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.AnalyzedText;

/**
 * Words of the sentence that the entity layer had read as persons, or into a person's name (a
 * month, a preposition's phrase, an office's domain, a title of the next person), and a given name
 * it had left out. Sentences written for the test.
 */
class FalsePersonsTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  @Test
  void the_levantine_month_is_no_person_named_before() {
    // ك + "انون" had matched the skeleton of "أنان"
    assertThat(persons("وقال الأمين العام كوفي أنان إن الوضع خطير . وستجرى الانتخابات في يناير / كانون الثاني المقبل ."))
        .containsExactly("كوفي أنان");
  }

  @Test
  void in_favour_of_is_no_mention_of_a_person_named_saleh() {
    assertThat(persons("وقال المدرب صالح إن الفريق جاهز . وانتهت المباراة لصالح الفريق الضيف بهدفين ."))
        .containsExactly("صالح");
  }

  @Test
  void entitled_is_no_word_of_the_name_after_it() {
    assertThat(persons("ونشرت الصحيفة تقريرا بعنوان بن لادن يهدد الغرب من جديد ."))
        .containsExactly("بن لادن");
  }

  @Test
  void a_title_before_a_known_person_is_no_family_name_of_the_word_before_it() {
    // "الأمين": an epithet of the crown prince, also a given name; "الشيخ" is Tamim's title
    assertThat(persons("وتلقى ولي العهد الأمين الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا من الرئيس الفرنسي ."))
        .containsExactly("تميم بن حمد آل ثاني");
  }

  @Test
  void an_offices_domain_of_two_nouns_in_construct_is_no_name() {
    assertThat(persons("وقال مساعد الأمين العام للأمم المتحدة لشؤون حقوق الإنسان إن الوضع يتدهور ."))
        .isEmpty();
    assertThat(persons("وقال مساعد الأمين العام للأمم المتحدة لشؤون حفظ السلام أندرو غيلمور إن الوضع يتدهور ."))
        .containsExactly("أندرو غيلمور");
  }

  @Test
  void a_word_between_a_persons_noun_and_abd_is_the_given_name() {
    // neither حمادة nor بهجت is in given-names.tsv; the model reads the compound father's name alone
    assertThat(persons("وشارك الفنان حمادة عبد الحليم في المسلسل .")).containsExactly("حمادة عبد الحليم");
    assertThat(persons("وتألقت الفنانة بهجت عبد الرحمن في العرض .")).containsExactly("بهجت عبد الرحمن");
    // a word with the article there is the noun's adjective
    assertThat(persons("وفاز الملاكم المصري عبد الرحمن قناوي بالميدالية .")).containsExactly("عبد الرحمن قناوي");
  }

  @Test
  void a_preposition_a_feminine_noun_and_its_adjective_after_an_office_is_no_name() {
    assertThat(persons("وقام الرئيس بزيارة رسمية إلى مدريد الشهر الماضي .")).isEmpty();
    assertThat(persons("وقامت الوزيرة بجولة ميدانية في الأحياء الشعبية .")).isEmpty();
    assertThat(persons("واكتفى الملك بكلمة قصيرة أمام البرلمان .")).isEmpty();
    // a name after a preposition stays one
    assertThat(persons("وقال الرئيس بشير الجميل إن البلاد بخير .")).containsExactly("بشير الجميل");
  }

  @Test
  void an_indefinite_noun_and_its_adjective_in_the_accusative_after_an_office_is_no_name() {
    assertThat(persons("وأجرى الوزير اتصالا هاتفيا بنظيره التركي لبحث الأزمة .")).isEmpty();
    assertThat(persons("وقدم الرئيس دعما ماليا للمزارعين المتضررين .")).isEmpty();
    // a given name in alef before a name in "يا" stays a person
    assertThat(persons("وقال الوزير رضا زكريا إن الخطة جاهزة .")).containsExactly("رضا زكريا");
  }

  @Test
  void the_preposition_on_a_word_the_text_writes_alone_after_an_office_and_a_comma_is_no_name() {
    // alone, "وقال رئيس الاتحاد، لراديو كردفان إن ..." reads a person "لراديو كردفان"
    assertThat(persons("وبث راديو كردفان تقريرا عن الهجوم . وقال رئيس الاتحاد، لراديو كردفان إن المسلحين هاجموا المشاريع ."))
        .isEmpty();
    // a name that begins with ل and is never written without it stays a person
    assertThat(persons("وقالت مديرة المهرجان، ليندا كريم، إن البرنامج جاهز .")).containsExactly("ليندا كريم");
  }

  @Test
  void a_ministrys_second_field_after_the_office_is_no_name() {
    assertThat(persons("وقال وزير الداخلية والجماعات المحلية إن الانتخابات ستجرى في موعدها .")).isEmpty();
    assertThat(persons("وقال وزير الخارجية والتعاون كريم بلقاسم إن الزيارة ناجحة .")).containsExactly("كريم بلقاسم");
  }

  @Test
  void a_word_with_the_tanween_or_a_quantifier_after_an_office_is_no_name() {
    assertThat(persons("وأبدى الملك رفضاً قاطعاً للمقترح الأخير .")).isEmpty();
    assertThat(persons("وأبدى الملك تفهماً كبيراً لمطالب المحتجين .")).isEmpty();
    assertThat(persons("وسيزور رئيس الوزراء عدة مصانع حكومية في المدينة .")).isEmpty();
    assertThat(persons("وقدم الوزير مجرد وعود للمحتجين أمس .")).isEmpty();
  }

  @Test
  void news_elatives_and_plural_nouns_of_people_are_common_words() {
    Gazetteer gazetteer = new Gazetteer(KnowledgeBase.standard());
    for (String word : List.of("نيوز", "كبرى", "وأخرى", "ناشطون", "مراقبين", "للمعلمين", "قرب")) {
      assertThat(gazetteer.isCommonWord(TokenKeys.of(AnalyzedText.of(word, List.of()).tokens()).get(0))).as(word).isTrue();
    }
    // the definite elative stays free for a place's name ("آسيا الوسطى"، "سوريا الكبرى")
    assertThat(gazetteer.isCommonWord(TokenKeys.of(AnalyzedText.of("الكبرى", List.of()).tokens()).get(0))).isFalse();
  }

  @Test
  void the_official_spokesperson_and_the_head_of_a_syndicate_are_offices() {
    List<Entity> spokesman = RECOGNIZER.recognize(AnalyzedText.of(
        "وقال الناطق الرسمي باسم الشرطة العقيد خالد المرزوقي إن التحقيق مستمر .", List.of())).items();
    assertThat(spokesman).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::nameAr)
        .containsExactly("خالد المرزوقي");
    List<Entity> head = RECOGNIZER.recognize(AnalyzedText.of(
        "وأعلن نقيب الصحفيين في المحافظة ، سمير الحداد ، تعليق العمل احتجاجا على الاعتقالات .", List.of())).items();
    assertThat(head).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::nameAr)
        .containsExactly("سمير الحداد");
    // the given name "نجيب" is no "نقيب" once غ ج ق are folded
    assertThat(persons("وقال المعارض نجيب الحداد إن الحزب سيشارك في الانتخابات .")).containsExactly("نجيب الحداد");
    assertThat(persons("وفاز في الانتخابات هشام العزلوك سالم الحداد نجيبة بن حسين زهير العيدودي ."))
        .containsExactly("هشام العزلوك سالم الحداد نجيبة بن حسين زهير العيدودي"); // not split at "نجيبة" ~ "نقيبة"
  }

  @Test
  void a_verbal_noun_after_an_office_is_what_was_ordered_not_who() {
    assertThat(persons("وأمر وزير الداخلية الليبي بتشكيل فريق تحقيق في الحادث .")).isEmpty();
    assertThat(persons("وطلب الوزير من نظيره التركي، استئناف تصدير القمح فورا .")).isEmpty();
    // a given name of the same shape stays a name
    assertThat(persons("وقال وزير الخارجية توفيق بن سالم إن البلاد مستعدة .")).containsExactly("توفيق بن سالم");
  }

  @Test
  void honorifics_of_address_and_conditional_particles_are_no_names() {
    assertThat(persons("ونقل وزير خارجية ماليزيا تحيات فخامة الرئيس إلى أمير البلاد .")).isEmpty();
    assertThat(persons("وقال المسؤول إن الجيش سيلاحق المهربين أينما كانوا .")).isEmpty();
  }

  @Test
  void a_judgement_quoted_alone_is_no_person() {
    assertThat(persons("وحذر المسؤول الأممي من أن الوضع الغذائي في المخيمات \"مأساوي\" . وأضاف أن المساعدات لم تصل ."))
        .isEmpty();
    // the model reads the quoted adjective as a person ("إلهام", a given name, once normalised)
    assertThat(persons("وأكد المسؤول أن الاجتماع \"الهام\" الذي عقد أمس ناقش الملفات العالقة ."))
        .isEmpty();
  }

  @Test
  void a_counted_noun_is_no_person() {
    // cardinals.tsv: no person's name holds a cardinal number word
    assertThat(persons("واستشهد جنديان اثنان خلال الاشتباك مع المسلحين .")).isEmpty();
    assertThat(persons("وشهد الرئيس ومعالي الوزير الزائر توقيع ثلاث اتفاقيات بين البلدين .")).isEmpty();
    // a number word after a person's name is no part of it
    assertThat(persons("وقال رجل الأعمال خالد الفردان إن ثلاثة مصانع أغلقت .")).containsExactly("خالد الفردان");
  }

  @Test
  void his_country_after_an_office_is_no_name() {
    // common-words.tsv: بلاده، بلادها، بلادهم، بلادنا
    assertThat(persons("وأعلن الوزير دعم بلاده لترشح المغرب لاستضافة المؤتمر .")).isEmpty();
  }

  @Test
  void a_verbal_noun_of_sending_after_an_office_and_its_nisba_is_no_name() {
    // form IV verbal nouns (إفعال) are left out of verbal-noun-shapes.tsv for the given names of that shape
    assertThat(persons("وأعلن الرئيس الكيني إرسال قوات إلى الحدود .")).isEmpty();
    assertThat(persons("وقررت الحكومة الكينية إغلاق المعابر مع الصومال .")).isEmpty();
  }
}
