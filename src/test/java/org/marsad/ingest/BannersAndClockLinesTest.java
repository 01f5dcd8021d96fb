package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Invented pages copied as text whose heads open with the outlet's banner (its name beside a Latin
 * twin, its kind noun and origin, a follow line), date the report on a bar and a clock line under the
 * headline, and sign it with a byline, a reading time or a source line: the headline, the time, the
 * credits and the dateline come out as a reader takes them.
 */
class BannersAndClockLinesTest {

  private static final String HEADLINE = "بلدية الساحل تفتتح محطة لتحلية مياه البحر في الحي الشرقي";
  private static final String FIRST = "افتتح رئيس البلدية صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة عشرة آلاف متر مكعب"
      + " يوميا بحضور عدد من السكان.";
  private static final String SECOND = "وقال رئيس البلدية إن المحطة ستغطي حاجة الحي الشرقي من مياه الشرب طوال فصل الصيف.";

  @Test
  void aNameBesideItsLatinTwinIsTheBannerAndTheCredit() {
    CleanArticle a = Pages.clean(
        "النورس | ALNAWRAS",
        "الرئيسية | محليات | اقتصاد | رياضة",
        "محليات",
        HEADLINE,
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly("النورس");
  }

  @Test
  void aLatinTwinBesideThePaperWithItsKindAndOriginCreditsThePaperByName() {
    CleanArticle a = Pages.clean("صحيفة النورس المغربية | Alnawras", "محليات", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly("النورس");
  }

  @Test
  void aSiteNameWithTheTaglineSayingWhatItIsIsTheBanner() {
    CleanArticle a = Pages.clean("النورس - صحيفة يومية مستقلة", "محليات", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly("النورس");

    CleanArticle b = Pages.clean("صوت الساحل | الموقع الرسمي", HEADLINE, FIRST, SECOND);
    assertThat(b.title()).isEqualTo(HEADLINE);
    assertThat(b.credits()).containsExactly("صوت الساحل");
  }

  @Test
  void aHeadlineOfASpeakerAndHisWordsNamingAnAgencyStaysTheHeadline() {
    String headline = "الوزير: لن نسمح بتحويل الوكالة الوطنية للطاقة إلى أداة ضغط";
    CleanArticle a = Pages.clean(headline, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(headline);
  }

  @Test
  void aHeadlineWithALatinWordAfterABarStaysTheHeadline() {
    String headline = "مهرجان الساحل للموسيقى يفتتح دورته العاشرة بحضور فرق من عشر دول | Festival";
    CleanArticle a = Pages.clean(headline, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(headline);
  }

  @Test
  void aPaperUnknownToMarsadNamedWithItsKindAndOriginIsTheBanner() {
    CleanArticle a = Pages.clean("صحيفة النورس المغربية", "محليات", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly("النورس");

    CleanArticle b = Pages.clean("جريدة النورس - المغرب", "محليات", HEADLINE, FIRST, SECOND);
    assertThat(b.title()).isEqualTo(HEADLINE);
    assertThat(b.credits()).containsExactly("النورس");
  }

  @Test
  void aFollowLineWithItsColonIsNoHeadline() {
    CleanArticle a = Pages.clean(
        "النورس | ALNAWRAS",
        "تابعونا: النورس نت بثلاث لغات",
        HEADLINE,
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void theClockLineUnderTheHeadlineGivesTheDateBarItsHourAndStaysInTheText() {
    CleanArticle a = Pages.clean(
        "النورس | ALNAWRAS",
        "الخميس 12 نوفمبر 2026 | 1 جمادى الأولى 1448",
        "محليات",
        HEADLINE,
        "12 نوفمبر 2026 | 08:40 م",
        "الساحل - وكالات - " + FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).isEqualTo("2026-11-12T20:40");
    assertThat(Pages.paragraphs(a)).contains("12 نوفمبر 2026 | 08:40 م");
    assertThat(a.credits()).containsExactly("النورس", "وكالات");
  }

  @Test
  void aHijriBarWhoseEraLetterTakesAFullStopGivesTheGregorianDay() {
    CleanArticle a = Pages.clean(
        "الخميس 1 جمادى الأولى 1448هـ. الموافق 12 نوفمبر 2026م",
        HEADLINE,
        FIRST,
        SECOND);
    assertThat(a.published()).isEqualTo("2026-11-12");
    assertThat(a.title()).isEqualTo(HEADLINE);
  }

  @Test
  void aReportersBylineWithThePlaceInBracketsGivesTheDateline() {
    CleanArticle a = Pages.clean(
        "الخميس 12 نوفمبر 2026",
        HEADLINE,
        "سعد العتيبي (جدة) alnawras_news@",
        "12 نوفمبر 2026 - 10:05",
        FIRST,
        SECOND);
    assertThat(a.dateline()).isEqualTo("جدة");
    assertThat(a.published()).isEqualTo("2026-11-12T10:05");
    assertThat(a.title()).isEqualTo(HEADLINE);
  }

  @Test
  void anAgencysNameWithItsShortFormInBracketsIsNoByline() {
    CleanArticle a = Pages.clean(HEADLINE, "وكالة الأنباء الأردنية (بترا)", FIRST, SECOND);
    assertThat(a.dateline()).isNotEqualTo("بترا");
  }

  @Test
  void aLeadWrittenAsASentenceAndAReadingTimeAreReadOff() {
    CleanArticle a = Pages.clean(
        HEADLINE,
        "تم نشر هذا الخبر في 12 نوفمبر 2026 - 10:05",
        "3 دقائق",
        "الرباط (أ ف ب) - " + FIRST,
        SECOND);
    assertThat(a.published()).isEqualTo("2026-11-12T10:05");
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(Pages.paragraphs(a)).doesNotContain("3 دقائق");
  }

  @Test
  void theExclusiveMarkAfterTheSourceCreditsNoOne() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: النورس – خاص");
    assertThat(a.credits()).containsExactly("النورس");
  }

  @Test
  void theOutletAndItsPlaceBesideTheDateOnOneLineGiveTheDateline() {
    CleanArticle a = Pages.clean(
        HEADLINE,
        "راديو سوا - الرباط 12 نوفمبر 2026 - 10:05 بتوقيت غرينتش",
        FIRST,
        SECOND);
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(a.credits()).containsExactly("راديو سوا");
  }

  @Test
  void theDatelineBesideTheDateOnAMetaLineIsRead() {
    CleanArticle a = Pages.clean(HEADLINE, "الرباط - ومع | 08/12/2026 21:40", FIRST, SECOND);
    assertThat(a.published()).isEqualTo("2026-12-08T21:40");
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(a.credits()).contains("ومع");
  }

  @Test
  void theSitesOwnNameBeforeThePlaceUnderTheHeadlineIsTheDatelineWhenTheBannerNamesIt() {
    CleanArticle a = Pages.clean("النورس | ALNAWRAS", HEADLINE, "النورس - الرباط", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(a.credits()).containsExactly("النورس");

    CleanArticle b = Pages.clean(HEADLINE, "النورس - الرباط", FIRST, SECOND);
    assertThat(b.dateline()).isNull(); // no banner names the site: "النورس" may be anything
  }

  private static String page(String meta) {
    return "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>" + HEADLINE + " | النورس</title>"
        + "<meta property=\"og:site_name\" content=\"النورس\"></head><body><header><nav><a href=\"/\">الرئيسية</a>"
        + " <a href=\"/a\">أخبار</a></nav></header><main><h1>" + HEADLINE + "</h1>" + meta
        + "<div class=\"article\"><p>" + FIRST + "</p><p>" + SECOND + "</p></div></main></body></html>";
  }

  @Test
  void aSavedPagesMetaLineWithTheDatelineAndTheDateGivesBoth() {
    CleanArticle a = new Pages.Reading().clean(page("<p class=\"info\">الرباط - النورس | 08/12/2026 21:40</p>"));
    assertThat(a.published()).isEqualTo("2026-12-08T21:40");
    assertThat(a.dateline()).isEqualTo("الرباط");
  }

  @Test
  void aSavedPagesBylineOfAReporterWithThePlaceInBracketsGivesTheDateline() {
    CleanArticle a = new Pages.Reading().clean(page(
        "<div class=\"meta\"><span class=\"date\">الثلاثاء 8 ديسمبر 2026 | 09:40 ص</span>"
            + "<span class=\"byline\">سعد العتيبي (جدة)</span></div>"));
    assertThat(a.published()).isEqualTo("2026-12-08T09:40");
    assertThat(a.dateline()).isEqualTo("جدة");
  }
}
