package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * People and organisations no list holds, named where news names its speakers: right after a
 * verb, up to a comma, a colon, a quotation mark, إن/أن or "في بيان". Sentences written for the
 * test; the names are invented.
 */
class NamesAfterVerbsTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  static List<Entity> read(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items();
  }

  static List<String> written(List<Entity> entities, EntityType type) {
    return entities.stream().filter(e -> e.type() == type)
        .flatMap(e -> e.mentions().stream().map(Mention::text)).toList();
  }

  @Test
  void aGivenNameWithTheArticleAfterTheVerbOpensAPersonNoListHolds() {
    List<Entity> es = read("قال الأزهر القصراوي، عضو المكتب السياسي للحزب، إن الاجتماع تأجل إلى الأسبوع القادم.");
    Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(p.linked()).isFalse();
    assertThat(p.id()).startsWith("person:");
    assertThat(p.mentions()).extracting(Mention::text).containsExactly("الأزهر القصراوي");
  }

  @Test
  void aGivenNameAndASurnameBeforeAColonOrAQuotationMarkAreAPerson() {
    assertThat(written(read("وأكدت سنية الزغلامي: \"لن نتراجع عن مطالبنا\"."), EntityType.PERSON))
        .containsExactly("سنية الزغلامي");
    assertThat(written(read("وتابع عبيد الكافي \"نحن مع الحوار دائما\"."), EntityType.PERSON))
        .containsExactly("عبيد الكافي");
  }

  @Test
  void wordsAfterTheVerbThatAreNoGivenNameMakeNoPerson() {
    assertThat(written(read("وقال مصدر أمني إن الطريق أغلقت."), EntityType.PERSON)).isEmpty();
    assertThat(written(read("وأضاف المتحدث الرسمي أن الوفد وصل."), EntityType.PERSON)).isEmpty();
    assertThat(written(read("وقال إن بلاده لن توقع على اتفاق \"يفرط في حقوقها\"."), EntityType.PERSON)).isEmpty();
  }

  @Test
  void aGivenNameRunningIntoTheSentenceWithoutABoundaryMakesNoPerson() {
    assertThat(written(read("وانتقد سامي الخروبي قرار البلدية غلق السوق الأسبوعية."), EntityType.PERSON))
        .doesNotContain("سامي الخروبي قرار", "سامي الخروبي قرار البلدية");
  }

  @Test
  void aPartyFromItsHeadWordToTheStatementIsAnOrganisation() {
    assertThat(written(read("اعتبر حزب النماء الوطني في بيان له أن الميزانية مجحفة."), EntityType.ORG))
        .containsExactly("حزب النماء الوطني");
    assertThat(written(read("ودعت الجبهة الوطنية للعدالة، الحكومة إلى الحوار."), EntityType.ORG))
        .containsExactly("الجبهة الوطنية للعدالة");
    assertThat(written(read("وأصدرت رابطة المزارعين الأحرار بيانا تطالب فيه بالتعويض."), EntityType.ORG))
        .containsExactly("رابطة المزارعين الأحرار");
  }

  @Test
  void aHeadWordAloneOrRunningIntoTheSentenceIsNoNewOrganisation() {
    assertThat(written(read("ودعا الحزب، في بيان، إلى الهدوء."), EntityType.ORG)).isEmpty();
    assertThat(written(read("ووصفت لجنة المتابعة الجهوية بـ\"المتأخر\" قرار الوزارة."), EntityType.ORG)).isEmpty();
    assertThat(written(read("وأكد حزب النماء والجبهة الوطنية أن التحالف قائم."), EntityType.ORG))
        .doesNotContain("حزب النماء والجبهة الوطنية", "حزب النماء والجبهة");
  }

  @Test
  void aBodysNameEndsWhereTheVerbsObjectBeginsANewConstruct() {
    assertThat(written(read("وانتقد حزب النماء قرار الحكومة رفع الأسعار دون استشارة."), EntityType.ORG))
        .containsExactly("حزب النماء");
    assertThat(written(read("ورفضت جبهة الإنقاذ الشعبية مشروع القانون أمس في جلسة البرلمان."), EntityType.ORG))
        .containsExactly("جبهة الإنقاذ الشعبية");
    assertThat(written(read("وانتقدت نقابة الأطباء المستقلة خطة الوزارة اليوم، ودعت إلى الإضراب."), EntityType.ORG))
        .containsExactly("نقابة الأطباء المستقلة");
    assertThat(written(read("وطالب اتحاد الفلاحين الجهوي وزارة الفلاحة، في بيان، بالتعويض."), EntityType.ORG))
        .contains("اتحاد الفلاحين الجهوي").doesNotContain("اتحاد الفلاحين الجهوي وزارة الفلاحة");
  }

  @Test
  void aBareWordAfterABareWordOrAPrepositionsPhraseStaysInTheName() {
    assertThat(written(read("وقالت الهيئة الوطنية لمكافحة الفساد إن الملفات أحيلت على القضاء."), EntityType.ORG))
        .containsExactly("الهيئة الوطنية لمكافحة الفساد");
    assertThat(written(read("وقال حزب حركة شباب الوطن إن الانتخابات مزورة."), EntityType.ORG))
        .containsExactly("حزب حركة شباب الوطن");
  }
}
