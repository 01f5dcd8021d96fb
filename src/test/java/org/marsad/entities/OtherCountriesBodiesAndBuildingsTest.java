package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entities.ModelPersonEdgesTest.persons;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * A listed body named before another country's nisba ("الحزب الديمقراطي الكردستاني الإيراني"); a hospital, university or airport named after a
 * person ("مستشفى محمد بوضياف"). Sentences written for the test.
 */
class OtherCountriesBodiesAndBuildingsTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  /** "TYPE=mention" for every mention the whole layer (with the model) finds in {@code text}. */
  private static java.util.List<String> typed(String text) {
    return RECOGNIZER.recognize(org.marsad.text.AnalyzedText.of(text, java.util.List.of())).items().stream()
        .flatMap(e -> e.mentions().stream().map(m -> e.type() + "=" + m.text())).toList();
  }

  @Test
  void the_house_after_a_name_no_list_holds_is_the_family_name() {
    assertThat(persons("واستدعت الوزارة السفير محمد كاظم آل صادق إلى مقرها أمس ."))
        .containsExactly("محمد كاظم آل صادق");
  }

  @Test
  void the_house_after_a_noun_is_no_name() {
    assertThat(persons("وتحدث الكاتب عن تاريخ أسرة آل صادق في المدينة .")).doesNotContain("أسرة آل صادق");
  }

  @Test
  void a_listed_body_before_another_countrys_nisba_is_that_countrys_body() {
    assertThat(KbOnly.mentions("وقصفت طائرات مسيرة مقرا للحزب الديمقراطي الكردستاني الإيراني المعارض قرب أربيل .", Entity::id))
        .noneMatch(m -> m.startsWith("org:kdp="))
        .anyMatch(m -> m.contains("لحزب الديمقراطي الكردستاني الإيراني"));
    assertThat(KbOnly.mentions("وأعلن حزب الله البحريني مسؤوليته عن التفجير .", Entity::type))
        .containsExactly("ORG=حزب الله البحريني");
  }

  @Test
  void a_listed_body_before_its_own_countrys_nisba_stays_linked() {
    assertThat(KbOnly.mentions("وأعلن حزب الله اللبناني مسؤوليته عن التفجير .", Entity::id))
        .anyMatch(m -> m.startsWith("org:hezbollah="));
  }

  @Test
  void a_hospital_named_after_a_person_is_the_hospitals_name() {
    assertThat(typed("ونقل الجرحى إلى مستشفى عبد الحميد بن باديس لتلقي العلاج ."))
        .contains("ORG=مستشفى عبد الحميد بن باديس")
        .noneMatch(m -> m.startsWith("PERSON="));
    assertThat(persons("ونقل المصابون إلى مستشفى محمد بوضياف في المدينة .")).isEmpty();
  }

  @Test
  void an_airport_named_after_a_person_is_a_place_with_its_adjective() {
    assertThat(typed("وهبطت الطائرة في مطار عبد الحميد بن باديس الدولي مساء أمس ."))
        .contains("LOC=مطار عبد الحميد بن باديس الدولي")
        .noneMatch(m -> m.startsWith("PERSON="));
  }

  @Test
  void a_person_after_a_mosque_is_left_as_read() {
    // ANERcorp tags the person inside "مسجد الحسن الثاني"
    assertThat(persons("وأدى الملك الصلاة في مسجد محمد السادس بالمدينة .")).contains("محمد السادس");
  }

  @Test
  void a_list_of_towns_begins_on_its_kinds_line() {
    // a site's menu: "محافظات" on one line, "ثقافة وفنون" on the next
    assertThat(KbOnly.mentions("محليات\n\nمحافظات\n\nثقافة وفنون\n\nEN\n\nأعلن الجيش إحباط محاولة تسلل .", Entity::type))
        .noneMatch(m -> m.startsWith("GPE="));
    assertThat(KbOnly.mentions("وتظاهر السكان في بلدات كفرزيتا وسراقيب وحزانو ، مطالبين بالإفراج عن المعتقلين .", Entity::type))
        .contains("GPE=كفرزيتا");
  }
}
