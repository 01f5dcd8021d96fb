package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Datelines and credits in the forms Arabic outlets of every region write them: the outlet after
 * the dash, in quotation marks, a masthead that is also a word, an agency with no place, a byline
 * or a summary above the dateline. Every line here is invented.
 */
class DatelinesOfNewOutletsTest {

  private static final String HEADLINE = "ارتفاع أسعار الوقود في الأسواق المحلية";
  private static final String FIRST = "أعلنت وزارة الطاقة رفع أسعار الوقود بنسبة عشرة في المئة اعتبارا من مطلع الشهر المقبل.";
  private static final String SECOND = "وقال مسؤول في الوزارة إن القرار يهدف إلى تقليص العجز في الموازنة العامة.";

  @Test
  void aRegionalOutletAfterTheDashOnALineOfItsOwn() {
    CleanArticle a = Pages.clean(HEADLINE, "الرباط - هسبريس", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(a.credits()).containsExactly("هسبريس");
    CleanArticle b = Pages.clean(HEADLINE, "بغداد / شفق نيوز", FIRST, SECOND);
    assertThat(b.dateline()).isEqualTo("بغداد");
    assertThat(b.credits()).containsExactly("شفق نيوز");
  }

  @Test
  void aGulfAgencysPlaceAndDayBeforeTheAgencyBetweenSlashes() {
    CleanArticle a = Pages.clean(HEADLINE, "أبوظبي في 12 مارس / وام / " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("أبوظبي");
    assertThat(a.credits()).containsExactly("وام");
    CleanArticle b = Pages.clean(HEADLINE, "المنامة في 5 يناير /بنا/ " + FIRST, SECOND);
    assertThat(b.dateline()).isEqualTo("المنامة");
  }

  @Test
  void franceTwentyFourWrittenAsOneWordWithAnAgency() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, "| فرانس24 / أ ف ب", SECOND);
    assertThat(a.credits()).containsExactly("فرانس 24", "أ ف ب");
  }

  @Test
  void theOutletFirstAndThePlaceAfterItsSlash() {
    CleanArticle a = Pages.clean(HEADLINE, "السومرية نيوز/ البصرة", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("البصرة");
    assertThat(a.credits()).containsExactly("السومرية نيوز");
    CleanArticle b = Pages.clean(HEADLINE, "أخبار اليوم/ البصرة", FIRST, SECOND);
    assertThat(b.dateline()).as("no outlet Marsad knows before the slash").isNull();
  }

  @Test
  void theOutletFirstAndThePlaceAfterItsDash() {
    CleanArticle a = Pages.clean(HEADLINE, "سكاي نيوز عربية - دبي", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("دبي");
    assertThat(a.credits()).containsExactly("سكاي نيوز عربية");
    CleanArticle b = Pages.clean(HEADLINE, "عنب بلدي - إدلب", FIRST, SECOND);
    assertThat(b.dateline()).isEqualTo("إدلب");
    CleanArticle c = Pages.clean(HEADLINE, "سكاي نيوز عربية - الشرق الأوسط", FIRST, SECOND);
    assertThat(c.dateline()).as("an outlet and its section").isNull();
    CleanArticle d = Pages.clean(HEADLINE, "هسبريس - سمير الطاهري", FIRST, SECOND);
    assertThat(d.dateline()).as("an outlet and its reporter").isNull();
  }

  @Test
  void aRegionalOutletAfterTheDashOpeningTheParagraph() {
    CleanArticle a = Pages.clean(HEADLINE, "درعا - عنب بلدي " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("درعا");
    assertThat(a.credits()).containsExactly("عنب بلدي");
  }

  @Test
  void anOutletInQuotationMarksAfterATatweel() {
    CleanArticle a = Pages.clean(HEADLINE, "الخرطوم ـ «القدس العربي»: " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الخرطوم");
    assertThat(a.credits()).containsExactly("القدس العربي");
    CleanArticle b = Pages.clean(HEADLINE, "بيروت ـ «الأخبار»", FIRST, SECOND);
    assertThat(b.dateline()).isEqualTo("بيروت");
    assertThat(b.credits()).containsExactly("الأخبار");
  }

  @Test
  void aMastheadThatIsAlsoAWordCountsAloneOnTheDatelinesLine() {
    CleanArticle a = Pages.clean(HEADLINE, "عمان ـ الغد", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("عمان");
    assertThat(a.credits()).containsExactly("الغد");
  }

  @Test
  void anAgencyInBracketsWithNoPlace() {
    CleanArticle a = Pages.clean(HEADLINE, "(رويترز) - " + FIRST, SECOND);
    assertThat(a.dateline()).isNull();
    assertThat(a.credits()).containsExactly("رويترز");
  }

  @Test
  void anOutletAndTheAgenciesWithNoPlace() {
    CleanArticle a = Pages.clean(HEADLINE, "هسبريس - وكالات", FIRST, SECOND);
    assertThat(a.dateline()).isNull();
    assertThat(a.credits()).containsExactly("هسبريس", "وكالات");
  }

  @Test
  void theOutletsReporterAfterTheDash() {
    CleanArticle a = Pages.clean(HEADLINE, "غزة - مراسل الجزيرة", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("غزة");
    assertThat(a.credits()).containsExactly("الجزيرة");
  }

  @Test
  void aBylineAboveTheDateline() {
    CleanArticle a = Pages.clean(HEADLINE, "كتب: سامي الحداد", "القاهرة - " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("القاهرة");
    assertThat(a.text()).doesNotContain("سامي الحداد");
  }

  @Test
  void aSummaryAboveTheDateline() {
    CleanArticle a = Pages.clean(HEADLINE, "تقرير يرصد أثر القرار على الأسر ذات الدخل المحدود",
        "بيروت – " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("بيروت");
  }

  @Test
  void aQuotationAfterTheDashInsideASentenceIsNoOutlet() {
    CleanArticle a = Pages.clean(HEADLINE, "بيروت - «لن نرفع الأسعار مجددا» قال وزير الطاقة في مؤتمر صحفي أمس.", SECOND);
    assertThat(a.dateline()).isEqualTo("بيروت");
    assertThat(a.credits()).isEmpty();
  }
}
