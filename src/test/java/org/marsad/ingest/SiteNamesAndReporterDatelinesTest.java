package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Page heads whose dateline or credit hangs on a name the page gives once: the site's name beside
 * the headline in the page's title, a masthead's short and full names, a paper and the agencies after
 * the place's dash, an agency by its abbreviation. Every line here is invented.
 */
class SiteNamesAndReporterDatelinesTest {

  private static final String HEADLINE = "ارتفاع أسعار الوقود في الأسواق المحلية";
  private static final String FIRST = "أعلنت وزارة الطاقة رفع أسعار الوقود بنسبة عشرة في المئة اعتبارا من مطلع الشهر المقبل.";
  private static final String SECOND = "وقال مسؤول في الوزارة إن القرار يهدف إلى تقليص العجز في الموازنة العامة.";

  @Test
  void theSiteNamedBesideTheHeadlineInTheTitleHeadsItsOwnDateline() {
    CleanArticle a = new Pages.Reading().clean("<html><head><title>صدى الرافدين | " + HEADLINE + "</title></head><body>"
        + "<article><h1>" + HEADLINE + "</h1><p>صدى الرافدين - البصرة</p><p>" + FIRST + "</p><p>" + SECOND
        + "</p></article></body></html>");
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.dateline()).isEqualTo("البصرة");
    assertThat(a.credits()).containsExactly("صدى الرافدين");
  }

  @Test
  void theSitesOwnDatelineUnderAMetaLineTheHeadDoesNotRead() {
    String text = String.join("\n", "اقتصاد", HEADLINE, "2026-03-04 10:15 1,204 مشاهدة", "صدى الرافدين - البصرة", FIRST, SECOND);
    CleanArticle a = Pages.CLEANER.clean(new RawArticle("page.html", text, new Given(HEADLINE, null, null, null, "صدى الرافدين")));
    assertThat(a.dateline()).isEqualTo("البصرة");
    assertThat(a.credits()).containsExactly("صدى الرافدين");
    CleanArticle b = Pages.CLEANER.clean(new RawArticle("page.html", text, new Given(HEADLINE, null, null, null)));
    assertThat(b.dateline()).as("a site no line of the page names").isNull();
  }

  @Test
  void aMastheadsShortAndFullNamesAreNoDateline() {
    CleanArticle a = Pages.clean("صونا - وكالة الأنباء الوطنية", HEADLINE, FIRST, SECOND);
    assertThat(a.dateline()).isNull();
  }

  @Test
  void aPaperAndTheAgenciesSetApartByACommaAfterThePlacesDash() {
    CleanArticle a = Pages.clean(HEADLINE, "الدوحة - الشرق، وكالات:", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الدوحة");
    assertThat(a.credits()).containsExactly("الشرق", "وكالات");
  }

  @Test
  void aMastheadThatIsAWordLosesTheColonClosingIt() {
    CleanArticle a = Pages.clean(HEADLINE, "الدوحة - الشرق:", FIRST, SECOND);
    assertThat(a.credits()).containsExactly("الشرق");
  }

  @Test
  void anAgencyKnownByItsAbbreviationInTheDatelineIsCreditedSo() {
    CleanArticle a = Pages.clean(HEADLINE, "مقديشو 15 أبريل 2026 (صونا) – " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("مقديشو");
    assertThat(a.credits()).containsExactly("صونا");
  }
}
