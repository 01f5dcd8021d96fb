package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Datelines that are easy to miss or to mistake. Every line here is invented. */
class DatelineTatweelAndMastheadTest {

  private static final String FIRST = "أعلنت وزارة الزراعة بدء موسم الحصاد في المحافظات الشمالية وسط توقعات بمحصول وفير.";
  private static final String SECOND = "وقال وكيل الوزارة إن الأمطار الغزيرة هذا العام ساعدت على تحسين الإنتاج.";

  @Test
  void aTatweelGluedToAPrepositionIsNotADash() {
    String headline = "المزارعون يرحبون بـ\"موسم استثنائي\" بعد أمطار غزيرة";
    CleanArticle a = Pages.clean(headline, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(headline);
    assertThat(a.dateline()).isNull();
  }

  @Test
  void aTatweelAfterASpaceIsADash() {
    String first = "بغداد ـ أعلنت وزارة الزراعة بدء موسم الحصاد في المحافظات الشمالية وسط توقعات بمحصول وفير.";
    CleanArticle a = Pages.clean("بدء موسم الحصاد في الشمال", first, SECOND);
    assertThat(a.dateline()).isEqualTo("بغداد");
  }

  @Test
  void anAgencyMastheadWithItsShortNameInBracketsIsNotADateline() {
    CleanArticle a = Pages.clean("وكالة الأنباء اليمنية (سبأ)", "بدء موسم الحصاد في الشمال", "صنعاء - سبأ :", FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("بدء موسم الحصاد في الشمال");
    assertThat(a.dateline()).isEqualTo("صنعاء");
    assertThat(a.credits()).containsExactly("سبأ");
  }

  @Test
  void aPlaceWithTheOutletInQuotationMarksOnALineOfItsOwn() {
    CleanArticle a = Pages.clean("بدء موسم الحصاد في الشمال", "تونس: «الشرق الأوسط»", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("تونس");
    assertThat(a.credits()).containsExactly("الشرق الأوسط");
  }

  @Test
  void aShortQuotationAfterAColonInsideASentenceIsNotADateline() {
    CleanArticle a = Pages.clean("بدء موسم الحصاد في الشمال", "وقال الوزير: «نحن مستعدون»", FIRST, SECOND);
    assertThat(a.dateline()).isNull();
  }
}
