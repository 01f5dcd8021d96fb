package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * A speaker named in full once and then by the family name alone ("وأضاف كرافينيو") is the
 * person named in full, whatever other person the entity layer took the family name for.
 */
class FamilyNameSpeakersTest {

  @Test
  void aFamilyNameTheLinkerGaveToAnotherPersonIsThePersonNamedInFullBefore() {
    List<Quote> quotes = Story.of(
            "وقال وزير الخارجية البرتغالي جواو غوميز كرافينيو إن \"الحوار هو الطريق الوحيد\".",
            "وأضاف كرافينيو أن بلاده \"لن تغلق سفارتها في أي ظرف\".")
        .person("João Gomes Cravinho", "Foreign Minister", "PRT", "جواو غوميز كرافينيو")
        .person("Marta Cravinho", "Prime Minister", "PRT", "كرافينيو").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("João Gomes Cravinho", "João Gomes Cravinho");
  }

  @Test
  void aFamilyNameTheModelFoundAloneIsThePersonNamedInFullBefore() {
    List<Quote> quotes = Story.of(
            "وأكد النائب منير الطرابلسي أن الجلسة \"ستعقد في موعدها\".",
            "وقال الطرابلسي: \"لن نقبل بتأجيل آخر\".")
        .modelPerson("منير الطرابلسي", null, "منير الطرابلسي")
        .modelPerson("الطرابلسي", null, "الطرابلسي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("منير الطرابلسي", "منير الطرابلسي");
  }

  @Test
  void aFamilyNameTwoPeopleNamedInFullShareStaysWithTheEntityLayersChoice() {
    List<Quote> quotes = Story.of(
            "وقالت إيفانكا ترامب: \"المبادرة ستشمل آلاف النساء في كل الولايات\".",
            "وقال دونالد ترامب إن الاقتصاد \"في أفضل حالاته\".",
            "وأضاف ترامب: \"سنخفض الضرائب مرة أخرى\".")
        .person("Ivanka Trump", "Adviser", "USA", "إيفانكا ترامب")
        .person("Donald Trump", "President", "USA", "دونالد ترامب", "ترامب").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Ivanka Trump", "Donald Trump", "Donald Trump");
  }
}
