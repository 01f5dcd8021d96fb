package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Credits and datelines in the forms Arabic outlets sign articles with: a source line, an agency
 * in brackets, an agency's full Arabic name, a foreign paper an article is translated from, an
 * exclusive ("خاص"). A reporter's byline credits no outlet, and an outlet named inside a sentence
 * is no dateline. Every line here is invented.
 */
class CreditFormsTest {

  private static final String HEADLINE = "انخفاض منسوب المياه في السدود الكبرى";
  private static final String FIRST = "أظهرت أرقام رسمية تراجع منسوب المياه في السدود الكبرى إلى أدنى مستوى منذ عشر سنوات.";
  private static final String SECOND = "ودعت الحكومة المزارعين إلى ترشيد استهلاك المياه خلال الأشهر المقبلة.";

  @Test
  void aSourceLineAtTheEnd() {
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: فرانس برس").credits()).containsExactly("أ ف ب");
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر : وكالات").credits()).containsExactly("وكالات");
  }

  @Test
  void aSourceLineWithTheDateAfterItOnTheSameLine() {
    CleanArticle a = Pages.clean(HEADLINE, "المصدر: \"المساء\"  14-02-2026 | 09:40", FIRST, SECOND);
    assertThat(a.credits()).containsExactly("المساء");
    assertThat(a.published()).isEqualTo("2026-02-14T09:40");
    assertThat(a.text()).contains("14-02-2026 | 09:40");
  }

  @Test
  void anAgencyInBracketsOnTheLastLine() {
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "(أ ف ب)").credits()).containsExactly("أ ف ب");
  }

  @Test
  void anAgencyByItsFullArabicName() {
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: وكالة الصحافة الفرنسية").credits()).containsExactly("أ ف ب");
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: وكالة الأنباء الفرنسية").credits()).containsExactly("أ ف ب");
    CleanArticle a = Pages.clean(HEADLINE, "دمشق - وكالة الأنباء السورية - " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("دمشق");
    assertThat(a.credits()).containsExactly("سانا");
  }

  @Test
  void aPaperAnArticleIsTranslatedFrom() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "نقلا عن نيويورك تايمز");
    assertThat(a.credits()).containsExactly("نيويورك تايمز");
    CleanArticle b = Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: الغارديان");
    assertThat(b.credits()).containsExactly("الغارديان");
  }

  @Test
  void anExclusiveNamesItsOutlet() {
    CleanArticle a = Pages.clean(HEADLINE, "خاص - سكاي نيوز عربية", FIRST, SECOND);
    assertThat(a.credits()).containsExactly("سكاي نيوز عربية");
    CleanArticle b = Pages.clean(HEADLINE, FIRST, SECOND, "خاص بالجزيرة نت");
    assertThat(b.credits()).containsExactly("الجزيرة");
    assertThat(Pages.paragraphs(b)).doesNotContain("خاص بالجزيرة نت");
    CleanArticle c = Pages.clean(HEADLINE, FIRST, SECOND, "هسبريس - خاص");
    assertThat(c.credits()).containsExactly("هسبريس");
    CleanArticle d = Pages.clean(HEADLINE, FIRST, SECOND, "خاص بالمواطنين");
    assertThat(d.credits()).as("no outlet after the word").isEmpty();
  }

  @Test
  void theSiteWrittenWithADot() {
    CleanArticle a = Pages.clean(HEADLINE, "دبي - العربية.نت", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("دبي");
    assertThat(a.credits()).containsExactly("العربية");
  }

  @Test
  void aBylineOfTheOutletWithTheAgencyItWorkedFrom() {
    CleanArticle a = Pages.clean(HEADLINE, "بقلم: يورونيوز مع أ ف ب", "شارك هذا المقال", FIRST, SECOND);
    assertThat(a.credits()).containsExactly("يورونيوز", "أ ف ب");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void theEditorsInitialsWithTheAgenciesSignOffTheSitesReport() {
    CleanArticle a = Pages.clean("دويتشه فيله", HEADLINE, FIRST, SECOND, "م.ن/ ع.ح (د ب أ، أ ف ب)");
    assertThat(a.credits()).containsExactly("دويتشه فيله", "د ب أ", "أ ف ب");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void theAgencyFirstAndTheEditorsInitialsSignOffToo() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "--(بترا) س ع/ ن ك");
    assertThat(a.credits()).containsExactly("بترا");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
    CleanArticle alone = Pages.clean("--(بترا) س ع/ ن ك");
    assertThat(alone.text()).as("alone as in an article: never text").isEmpty();
    CleanArticle b = Pages.clean(HEADLINE, FIRST, SECOND, "(بترا) وعدد من المواقع");
    assertThat(Pages.paragraphs(b)).as("words after the agency are no initials").contains("(بترا) وعدد من المواقع");
  }

  @Test
  void theEditorsInitialsAloneInBracketsSignOffWithNoCredit() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "(ر ف/ س ل)");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
    assertThat(a.credits()).doesNotContain("س ل");
    CleanArticle agencies = Pages.clean(HEADLINE, FIRST, SECOND, "(أ ش أ/ أ ف ب)");
    assertThat(agencies.credits()).contains("أ ف ب");
    CleanArticle editors = Pages.clean(HEADLINE, FIRST, SECOND, "(ر ف/ أ ب)");
    assertThat(editors.credits()).as("two letters are an editor's initials").isEmpty();
  }

  @Test
  void theAgencyThenTheEditorsNamesBetweenSlashesSignOff() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "وام/سلمى ناصر/خالد يوسف");
    assertThat(a.credits()).containsExactly("وام");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
    assertThat(Pages.clean("وام/سلمى ناصر/خالد يوسف").text()).as("alone as in an article: never text").isEmpty();
    CleanArticle b = Pages.clean(HEADLINE, FIRST, SECOND, "المياه/ السدود/ الزراعة");
    assertThat(Pages.paragraphs(b)).as("no agency first").contains("المياه/ السدود/ الزراعة");
  }

  @Test
  void theSitesReportFromAgenciesCreditsBoth_aSourceLineOnlyItsSource() {
    CleanArticle a = Pages.clean("هسبريس", HEADLINE, "الرباط - وكالات", FIRST, SECOND);
    assertThat(a.credits()).containsExactly("هسبريس", "وكالات");
    CleanArticle b = Pages.clean("هسبريس", HEADLINE, FIRST, SECOND, "المصدر: وكالات");
    assertThat(b.credits()).containsExactly("وكالات");
  }

  @Test
  void theOutletsDigitalDeskUnderTheHeadlineIsItsCreditNotText() {
    CleanArticle a = Pages.clean(HEADLINE, "روداو ديجيتال", "أربيل - روداو: " + FIRST, SECOND);
    assertThat(a.credits()).containsExactly("روداو");
    assertThat(a.dateline()).isEqualTo("أربيل");
    assertThat(a.text()).doesNotContain("ديجيتال");
  }

  @Test
  void kunasDatelineWithTheDayAndMonthInFigures() {
    CleanArticle a = Pages.clean(HEADLINE, "الكويت - 14 - 3 (كونا) -- " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الكويت");
    assertThat(a.credits()).containsExactly("كونا");
  }

  @Test
  void aSourceLineBelowTheRelatedHeadlinesStillCredits() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "اقرأ أيضا", "ارتفاع أسعار الخضر في الأسواق الشعبية",
        "افتتاح سد جديد في الجنوب الشهر المقبل", "المصدر: الجزيرة + وكالات");
    assertThat(a.credits()).containsExactly("الجزيرة", "وكالات");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void thePaperNamedAboveAndInTheDatelineIsOneCredit() {
    CleanArticle a = Pages.clean("صحيفة الشرق الأوسط", HEADLINE, "لندن: «الشرق الأوسط»", FIRST, SECOND);
    assertThat(a.credits()).containsExactly("الشرق الأوسط");
  }

  private static String page(String meta, String afterHeadline, String end) {
    return "<html lang=\"ar\"><head><meta charset=\"utf-8\">" + meta + "<title>" + HEADLINE + "</title></head><body><article><h1>"
        + HEADLINE + "</h1>" + afterHeadline + "<p>" + FIRST + "</p><p>" + SECOND + "</p>" + end + "</article></body></html>";
  }

  @Test
  void thePlaceInAPagesBylineBesideItsReporterIsTheDateline() {
    CleanArticle a = new Pages.Reading().clean(page("", "<div class=\"byline\">الخرطوم- مهند عبد الرحيم</div>", ""));
    assertThat(a.dateline()).isEqualTo("الخرطوم");
    assertThat(a.text()).doesNotContain(HEADLINE);
  }

  @Test
  void theEditorsSignOffInAPagesCreditElementCreditsTheAgenciesWithTheSite() {
    CleanArticle a = new Pages.Reading().clean(page("<meta property=\"og:site_name\" content=\"DW عربية\">", "",
        "<p class=\"credit\">م.ن/ ع.ح (د ب أ، أ ف ب)</p>"));
    assertThat(a.credits()).containsExactly("دويتشه فيله", "د ب أ", "أ ف ب");
    assertThat(a.text()).doesNotContain("م.ن");
  }

  @Test
  void theAgencyBeforeThePlaceEachWithItsDash() {
    CleanArticle a = Pages.clean(HEADLINE, "وطنية - صيدا - " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("صيدا");
    assertThat(a.credits()).containsExactly("وطنية");
    CleanArticle b = Pages.clean(HEADLINE, "الأناضول - أنقرة - " + FIRST, SECOND);
    assertThat(b.dateline()).isEqualTo("أنقرة");
    assertThat(b.credits()).containsExactly("الأناضول");
  }

  @Test
  void aReportersBylineCreditsNoOutlet() {
    CleanArticle a = Pages.clean(HEADLINE, "بقلم: سامي الخطيب", "الرباط - " + FIRST, SECOND);
    assertThat(a.credits()).isEmpty();
    assertThat(a.dateline()).isEqualTo("الرباط");
    CleanArticle b = Pages.clean(HEADLINE, "كتب: عادل منصور", FIRST, SECOND);
    assertThat(b.credits()).isEmpty();
    assertThat(b.dateline()).isNull();
  }

  @Test
  void anOutletNamedInsideTheFirstSentenceIsNoDateline() {
    CleanArticle a = Pages.clean(HEADLINE,
        "ذكرت صحيفة (الغارديان) البريطانية أن منسوب المياه في السدود الكبرى بلغ أدنى مستوى منذ عقد.", SECOND);
    assertThat(a.dateline()).isNull();
    assertThat(a.credits()).isEmpty();
    CleanArticle b = Pages.clean(HEADLINE,
        "قالت شبكة (سي.إن.إن) الإخبارية إن منسوب المياه في السدود الكبرى بلغ أدنى مستوى منذ عقد.", SECOND);
    assertThat(b.dateline()).isNull();
    assertThat(b.credits()).isEmpty();
  }

  @Test
  void aPlaceAndAnAgencyInBrackets() {
    CleanArticle a = Pages.clean(HEADLINE, "نواكشوط (أ ف ب) - " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("نواكشوط");
    assertThat(a.credits()).containsExactly("أ ف ب");
    CleanArticle b = Pages.clean(HEADLINE, "صنعاء (رويترز) - " + FIRST, SECOND);
    assertThat(b.credits()).containsExactly("رويترز");
  }

  @Test
  void regionalMastheadsAndAgenciesByTheirCountry() {
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: وكالة الأنباء الإماراتية").credits()).containsExactly("وام");
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: الأسوشيتد برس").credits()).containsExactly("أ ب");
    CleanArticle a = Pages.clean(HEADLINE, "بيروت - لبنان 24", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("بيروت");
    assertThat(a.credits()).containsExactly("لبنان 24");
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: وكالة هاوار للأنباء").credits()).containsExactly("هاوار");
    assertThat(Pages.clean(HEADLINE, "عمان - إرم نيوز " + FIRST, SECOND).credits()).containsExactly("إرم نيوز");
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: موقع التغيير").credits()).containsExactly("موقع التغيير");
  }

  @Test
  void aReportersBylineInThePageMarkupIsNoCreditAndNoText() {
    String html = "<html lang=\"ar\"><head><meta charset=\"utf-8\"><meta property=\"og:site_name\" content=\"هسبريس\">"
        + "<meta name=\"author\" content=\"سامي الخطيب\"><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE
        + "</h1><div class=\"byline\"><a rel=\"author\" href=\"/writers/7\">سامي الخطيب</a></div><p>" + FIRST + "</p><p>"
        + SECOND + "</p></article></body></html>";
    CleanArticle a = new Pages.Reading().clean(html);
    assertThat(a.credits()).containsExactly("هسبريس");
    assertThat(a.text()).doesNotContain("سامي الخطيب");
  }

  @Test
  void aPlaceAndTheReportersNameOnALineOfTheirOwn() {
    CleanArticle a = Pages.clean(HEADLINE, "الخرطوم- سامي الخطيب", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الخرطوم");
    assertThat(a.credits()).isEmpty();
    CleanArticle b = Pages.clean(HEADLINE, "الأهلي - محمد صلاح", FIRST, SECOND);
    assertThat(b.dateline()).as("a club and its player: no place").isNull();
  }

  @Test
  void anArticleAdaptedFromAnOutlet() {
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "نقلا عن الجزيرة نت بتصرف").credits()).containsExactly("الجزيرة");
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "عن بتصرف").credits()).isEmpty();
  }

  @Test
  void anAgencysSerialSignOffClosingTheCopyIsNoTextAndCreditsTheAgency() {
    // the agency, the copy's number, the desk's initials and the day, as the Bahrain News Agency signs off
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "بنا 2207 جمت 03/04/2026");
    assertThat(a.text()).doesNotContain("2207").contains(SECOND);
    assertThat(a.credits()).contains("بنا");
    // a sentence of the same length is text ("وقتل 12 شخصا 03/04/2026" names no agency first)
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "حصيلة 12 قتيلا 03/04/2026").text()).contains("حصيلة 12 قتيلا");
  }
}
