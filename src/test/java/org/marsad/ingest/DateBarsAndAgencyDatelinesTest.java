package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Invented pages: a daily's date bar with its issue number and no clock, the clock set apart beside
 * the dateline, and a dateline crediting the paper and the agencies its report draws on.
 */
class DateBarsAndAgencyDatelinesTest {

  private static final String FIRST = "ارتفعت أسعار الخضر في أسواق الجملة خلال الأسبوع الجاري بنسبة تجاوزت العشرين في المئة"
      + " بسبب موجة البرد.";
  private static final String SECOND = "وقال رئيس نقابة التجار إن الأسعار ستعود إلى مستواها مع دخول محصول الربيع إلى الأسواق.";

  @Test
  void anIssueNumberBesideTheDayInArabicIndicFigures() {
    CleanArticle a = Pages.clean(
        "العدد ٣٢٠٧ | الأحد ١٢ شباط ٢٠٢٦",
        "أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد",
        FIRST,
        SECOND);
    assertThat(a.published()).isEqualTo("2026-02-12");
    assertThat(a.title()).isEqualTo("أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد");
  }

  @Test
  void anIssueNumberInBracketsWithADash() {
    CleanArticle a = Pages.clean(
        "العدد (4411) - الأحد 12 شباط 2026",
        "أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد",
        FIRST,
        SECOND);
    assertThat(a.published()).isEqualTo("2026-02-12");
  }

  @Test
  void anIssueNumberAfterAColonWithTheHijriDayAfterTheGregorian() {
    CleanArticle a = Pages.clean(
        "العدد : 9120 - الخميس ١٢ فبراير ٢٠٢٦ م، الموافق ٢٤ شعبان ١٤٤٧هـ",
        "أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد",
        FIRST,
        SECOND);
    assertThat(a.published()).isEqualTo("2026-02-12");
    assertThat(a.title()).isEqualTo("أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد");
  }

  @Test
  void aSavedDailyWhoseHeaderBarAloneGivesTheDay() {
    String html = "<html><head><meta charset=\"utf-8\"><title>أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد</title></head><body>"
        + "<header><div class=\"brand\">صوت الشمال</div><div class=\"issue\">العدد ٣٢٠٧ | الأحد ١٢ شباط ٢٠٢٦</div></header>"
        + "<main><h1>أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد</h1><div class=\"text\"><p>" + FIRST + "</p><p>" + SECOND
        + "</p></div></main></body></html>";
    CleanArticle a = new Pages.Reading().clean(html);
    assertThat(a.published()).isEqualTo("2026-02-12");
    assertThat(Pages.paragraphs(a)).contains("العدد ٣٢٠٧ | الأحد ١٢ شباط ٢٠٢٦", FIRST, SECOND);
  }

  @Test
  void theClockBesideTheDatelineGivesTheHourOfTheBarsDay() {
    CleanArticle a = Pages.clean(
        "الأحد 12 شباط / فبراير 2026",
        "أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد",
        "إربد- (وكالات) 04:15 م",
        FIRST,
        SECOND);
    assertThat(a.published()).isEqualTo("2026-02-12T16:15");
    assertThat(a.dateline()).isEqualTo("إربد");
  }

  @Test
  void aClockInTheBodyDoesNotChangeThePublicationTime() {
    CleanArticle a = Pages.clean(
        "الأحد 12 شباط / فبراير 2026",
        "أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد",
        FIRST,
        "وافتتح السوق أبوابه في الساعة 05:30",
        SECOND);
    assertThat(a.published()).isEqualTo("2026-02-12");
  }

  @Test
  void aDatelineCreditingThePaperAndTheAgencies() {
    CleanArticle a = Pages.clean(
        "أسعار الخضر ترتفع في أسواق الجملة مع موجة البرد",
        "الرباط - الخليج والوكالات",
        FIRST,
        SECOND);
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(a.credits()).containsExactly("الخليج", "وكالات");
  }
}
