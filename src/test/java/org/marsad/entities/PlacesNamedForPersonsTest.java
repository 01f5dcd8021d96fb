package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * A person's name right after the kind of a public place commonly named after one ("ساحة"، "شارع"،
 * "مخيم"، "ميدان"; place-name-cues.tsv: named) names the place, LOC, the kind outside; after "خور"
 * the kind is part of the name. Sentences written for the test.
 */
class PlacesNamedForPersonsTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  /** "TYPE=mention text" for every mention the entity layer reads in {@code text}, in order. */
  private static List<String> mentions(EntityRecognizer recognizer, String text) {
    return recognizer.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .flatMap((Entity e) -> e.mentions().stream().map((Mention m) -> e.type() + "=" + m.text()))
        .toList();
  }

  @Test
  void a_person_the_model_reads_after_a_square_street_or_camp_names_the_place() {
    assertThat(mentions(RECOGNIZER, "تجمع مئات المحتجين في ساحة جمال عبد الناصر وسط المدينة مطالبين بالإفراج عن المعتقلين ."))
        .contains("LOC=جمال عبد الناصر").doesNotContain("PERSON=جمال عبد الناصر");
    assertThat(mentions(RECOGNIZER, "وأغلقت الشرطة شارع خالد بن الوليد أمام حركة السير بعد الانفجار ."))
        .contains("LOC=خالد بن الوليد").noneMatch(m -> m.startsWith("PERSON="));
    assertThat(mentions(RECOGNIZER, "ووزعت المنظمة مساعدات غذائية على سكان مخيم أحمد ياسين للاجئين ."))
        .contains("LOC=أحمد ياسين").noneMatch(m -> m.startsWith("PERSON="));
  }

  @Test
  void the_same_name_after_an_office_is_still_the_person() {
    assertThat(mentions(RECOGNIZER, "وقال الرئيس جمال عبد الناصر في خطابه إن البلاد لن تتراجع ."))
        .contains("PERSON=جمال عبد الناصر");
  }

  @Test
  void an_inlet_keeps_its_kind_in_the_name() {
    assertThat(mentions(RECOGNIZER, "وعبرت ناقلات النفط خور عبد الله في طريقها إلى الخليج ."))
        .contains("LOC=خور عبد الله").noneMatch(m -> m.startsWith("PERSON="));
  }

  @Test
  void a_listed_person_after_a_street_names_the_street() {
    assertThat(mentions(KbOnly.RECOGNIZER, "وسار المتظاهرون في شارع ياسر عرفات حتى مقر البلدية ."))
        .contains("LOC=ياسر عرفات").noneMatch(m -> m.startsWith("PERSON="));
    assertThat(mentions(KbOnly.RECOGNIZER, "وقال ياسر عرفات إن الشعب لن يتراجع ."))
        .contains("PERSON=ياسر عرفات");
  }

  @Test
  void a_listed_camp_keeps_its_whole_name_after_its_kind() {
    assertThat(mentions(RECOGNIZER, "وقتل شخصان في اشتباكات داخل مخيم عين الحلوة جنوب لبنان ."))
        .contains("GPE=عين الحلوة").doesNotContain("GPE=الحلوة");
  }

  @Test
  void a_movement_named_after_a_person_is_the_movement() {
    assertThat(mentions(RECOGNIZER, "وقالت جماعة خالد بن الوليد إن مقاتليها سيطروا على القرية بعد معارك عنيفة ."))
        .contains("ORG=جماعة خالد بن الوليد").noneMatch(m -> m.startsWith("PERSON="));
    assertThat(mentions(RECOGNIZER, "واتهمت الحكومة حركة صلاح الدين بتنفيذ الهجوم على الحاجز ."))
        .contains("ORG=حركة صلاح الدين").noneMatch(m -> m.startsWith("PERSON="));
    assertThat(mentions(RECOGNIZER, "وقال الأمين العام للحركة كمال العرفاوي إن الحزب سيشارك في الانتخابات ."))
        .contains("PERSON=كمال العرفاوي").noneMatch(m -> m.startsWith("ORG="));
  }

  /**
   * A name the model reads as a person's right after a settlement's kind, or after the kind and an
   * opening quotation mark, is the settlement (place-name-cues.tsv: settlement); after "ولاية" (also a
   * term of office) nothing changes, and a person after an office stays a person.
   */
  @Test
  void a_person_the_model_reads_after_a_village_town_or_quarter_is_the_place() {
    assertThat(mentions(RECOGNIZER, "وقصفت طائرات حربية قرية \"بانغ تالون\" مساء الأحد ، ما أسفر عن مقتل عشرة أشخاص ."))
        .contains("GPE=بانغ تالون").noneMatch(m -> m.startsWith("PERSON="));
    assertThat(mentions(RECOGNIZER, "وقصفت الطائرات بلدة \"سو مينغ\" فجر الاثنين ."))
        .contains("GPE=سو مينغ").noneMatch(m -> m.startsWith("PERSON="));
    assertThat(mentions(RECOGNIZER, "وهدمت الجرافات عشرات المنازل في حي موكورو ندونغا الفقير شرق العاصمة أمس ."))
        .anyMatch(m -> m.startsWith("GPE=موكورو ندونغا")).noneMatch(m -> m.startsWith("PERSON="));
    assertThat(mentions(RECOGNIZER, "وقال الرئيس جمال عبد الناصر في خطابه إن البلاد لن تتراجع ."))
        .contains("PERSON=جمال عبد الناصر");
  }
}
