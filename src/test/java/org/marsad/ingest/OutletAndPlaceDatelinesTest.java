package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Datelines that join the place to the outlet's own name, in either order and with the genre's
 * separators: "المدينة - الموقع", "الموقع- المدينة", "الموقع (المدينة) –", "المدينة: التاريخ: الموقع",
 * "المدينة - الصحيفة - وكالات". The outlet is a masthead Marsad knows, or the page's own name as its
 * first line gives it. Every line here is invented.
 */
class OutletAndPlaceDatelinesTest {

  private static final String HEADLINE = "انقطاع الكهرباء عن أحياء واسعة بسبب موجة الحر";
  private static final String FIRST = "شهدت أحياء عدة انقطاعا متكررا للتيار الكهربائي منذ صباح أمس بسبب الضغط الكبير على الشبكة.";
  private static final String SECOND = "وقال مسؤول في شركة الكهرباء إن فرق الصيانة تعمل على إعادة التيار خلال ساعات.";

  @Test
  void aMastheadWithThePlaceInBracketsBeforeTheDash() {
    CleanArticle a = Pages.clean(HEADLINE, "النهار (صيدا) – " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("صيدا");
    assertThat(a.credits()).containsExactly("النهار");
    CleanArticle b = Pages.clean(HEADLINE, "الحكومة (صيدا) – " + FIRST, SECOND);
    assertThat(b.dateline()).as("no masthead before the bracket").isNotEqualTo("صيدا");
  }

  @Test
  void aMastheadGluedToItsDashBeforeThePlace() {
    CleanArticle a = Pages.clean(HEADLINE, "عكاظ- جدة", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("جدة");
    assertThat(a.credits()).containsExactly("عكاظ");
    CleanArticle b = Pages.clean(HEADLINE, "جدة - عكاظ", FIRST, SECOND);
    assertThat(b.dateline()).as("the place first, as before").isEqualTo("جدة");
    assertThat(b.credits()).containsExactly("عكاظ");
  }

  @Test
  void theSitesOwnNameGivenByItsFirstLine() {
    CleanArticle a = Pages.clean("Casa24 بالعربية", HEADLINE, "Casa24 - الدار البيضاء", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الدار البيضاء");
    assertThat(a.credits()).containsExactly("Casa24");
    CleanArticle b = Pages.clean(HEADLINE, "Casa24 - الدار البيضاء", FIRST, SECOND);
    assertThat(b.dateline()).as("nothing on the page names Casa24 as its own").isNull();
  }

  @Test
  void thePlaceDateAndOutletApartByColons() {
    CleanArticle a = Pages.clean("راديو الضفة", HEADLINE, "كسلا: 3 مارس 2026: راديو الضفة", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("كسلا");
    assertThat(a.credits()).containsExactly("راديو الضفة");
    CleanArticle b = Pages.clean(HEADLINE, "كسلا: 3 مارس 2026: مصادر محلية", FIRST, SECOND);
    assertThat(b.dateline()).as("no outlet after the date").isNull();
  }

  @Test
  void thePaperAndTheAgenciesAfterThePlaceEachWithItsDash() {
    CleanArticle a = Pages.clean(HEADLINE, "صفاقس - الصباح - وكالات", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("صفاقس");
    assertThat(a.credits()).containsExactly("الصباح", "وكالات");
  }

  @Test
  void theExclusiveMarkAfterTheOutletIsNoPlace() {
    CleanArticle a = Pages.clean(HEADLINE, "الجزيرة - خاص", FIRST, SECOND);
    assertThat(a.dateline()).isNotEqualTo("خاص");
    CleanArticle b = Pages.clean(HEADLINE, "الجزيرة - خاص", "صفاقس - الجزيرة:", FIRST, SECOND);
    assertThat(b.dateline()).isEqualTo("صفاقس");
  }
}
