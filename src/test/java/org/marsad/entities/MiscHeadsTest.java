package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.AnalyzedText;

/**
 * Works, products, stadiums and prayers named after the noun that heads them
 * ({@code misc-heads.tsv}): MISC, as ANERcorp annotates them. Sentences written for the test; the
 * titles and products are invented.
 */
class MiscHeadsTest {

  private static List<Entity> read(String text) {
    return NamesAfterVerbsTest.read(text);
  }

  private static List<String> written(List<Entity> entities, EntityType type) {
    return NamesAfterVerbsTest.written(entities, type);
  }

  private static List<String> titles(String text) {
    List<TokenKeys> words = TokenKeys.of(AnalyzedText.of(text, List.of()).tokens());
    return MiscHeads.standard().titles(words).stream()
        .map(s -> text.substring(words.get(s.from()).token().start(), words.get(s.to() - 1).token().end()))
        .toList();
  }

  @Test
  void aQuotedTitleAfterAWorksNounOrItsAdjectivesIsATitle() {
    assertThat(titles("وتعرض القناة مسلسل « بيت الجبل » في رمضان.")).containsExactly("بيت الجبل");
    assertThat(titles("وتقدم برنامجا أسبوعيا « مع سلمى » كل خميس.")).containsExactly("مع سلمى");
    assertThat(titles("ويقدم هذا العام برنامجا جديدا على التلفزيون بعنوان « ليالي المدينة »."))
        .containsExactly("ليالي المدينة");
  }

  @Test
  void aQuotationWithoutTheNounOrTooLongForATitleIsNone() {
    assertThat(titles("وقال الوزير « لن نتراجع » أمام الصحفيين.")).isEmpty();
    assertThat(titles("وانتقد الكاتب في كتابه « أن الحكومة لم تفعل شيئا لسكان القرى البعيدة منذ سنوات »."))
        .isEmpty();
    assertThat(titles("وصدر الكتاب في الربيع. « الجديد » عنوان المقال.")).isEmpty();
    assertThat(titles("وشاهدنا الفيلم مع أصدقاء لنا من الحي « الجديد »."))
        .as("the noun too far before the quotation mark").isEmpty();
  }

  @Test
  void aTitleIsOneMiscEntityInPlaceOfTheNamesReadInsideIt() {
    List<Entity> es = read("وتقدم الإعلامية سلوى الحكيم برنامجا جديدا بعنوان « سهرة مع نادية » على قناة خاصة.");
    assertThat(written(es, EntityType.MISC)).containsExactly("سهرة مع نادية");
    assertThat(written(es, EntityType.PERSON)).doesNotContain("نادية");
    Entity title = es.stream().filter(e -> e.type() == EntityType.MISC).findFirst().orElseThrow();
    assertThat(title.linked()).isFalse();
    assertThat(title.id()).startsWith("misc:");
  }

  @Test
  void aProductQuotedAfterItsNounIsMisc() {
    assertThat(written(read("وعرضت الشركة في المعرض السيارة العائلية « نجمة 3 » بسعر منخفض."), EntityType.MISC))
        .containsExactly("نجمة 3");
  }

  @Test
  void aStadiumNamedByACountryIsTheStadiumAndOneNamedByItsCityKeepsTheCity() {
    List<Entity> stadium = read("وفاز الفريق على ضيفه على ملعب الإمارات في لندن.");
    assertThat(written(stadium, EntityType.MISC)).containsExactly("الإمارات");
    assertThat(stadium).noneMatch(e -> e.id().equals("gpe:are"));
    assertThat(written(read("وتقام المباراة على استاد الدوحة مساء الجمعة."), EntityType.GPE)).containsExactly("الدوحة");
  }

  @Test
  void aMakeAfterTheIndefiniteModelNounIsTheModelWithItsNumber() {
    assertThat(written(read("وهبطت طائرة ركاب من طراز إيرباص 320 في مطار القاهرة."), EntityType.MISC))
        .containsExactly("إيرباص 320");
    assertThat(written(read("وبنيت القاعة على الطراز المغربي القديم."), EntityType.MISC)).isEmpty();
  }

  @Test
  void theSunsetPrayerIsNoCountry() {
    assertThat(written(read("وأدى المصلون صلاة المغرب في المسجد الكبير."), EntityType.GPE)).isEmpty();
    assertThat(written(read("وزار الوزير المغرب الأسبوع الماضي."), EntityType.GPE)).containsExactly("المغرب");
  }

  @Test
  void aStadiumsNameNoListHoldsRunsToTheMarkOrThePreposition() {
    assertThat(written(read("وتعادل الضيوف على استاد كارتشي في نابولي مساء أمس."), EntityType.MISC))
        .containsExactly("كارتشي");
    // a city and a person read inside the name give way to the stadium's
    List<Entity> two = read("ويلعب الفريق مباراته المقبلة على ملعب سانتياغو فيلاردي ، أمام جمهوره.");
    assertThat(written(two, EntityType.MISC)).containsExactly("سانتياغو فيلاردي");
    assertThat(written(two, EntityType.GPE)).isEmpty();
  }

  @Test
  void anAdjectiveOrAVerbAfterTheStadiumsNounNamesNoStadium() {
    assertThat(written(read("ولم يستطع النادي بناء ملعب جديد يسمح له بالمنافسة."), EntityType.MISC)).isEmpty();
    assertThat(written(read("وأقيمت صلاة عيد الفطر في الساحة الكبرى."), EntityType.MISC)).doesNotContain("عيد");
  }
}
