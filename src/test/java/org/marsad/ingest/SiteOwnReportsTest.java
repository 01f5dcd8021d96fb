package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The page layouts of outlets that report for themselves: the paper's own name beside the agency in
 * the dateline's bracket, a date bar above the headline and the publication time under it, the site's
 * name in the head, and the dateline forms that name the site. The outlets named here ("الواحة",
 * "الضياء") are invented and in no list. Every line here is invented.
 */
class SiteOwnReportsTest {

  private static final String HEADLINE = "افتتاح محطة جديدة لتحلية المياه في المنطقة الشرقية";
  private static final String FIRST = "افتتح وزير الطاقة والمياه صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا.";
  private static final String SECOND = "وقال الوزير في كلمة خلال الافتتاح إن المحطة ستغطي احتياجات ثلاث مدن ساحلية حتى عام 2035.";

  @Test
  void thePapersNameBesideTheAgencyInTheDatelinesBracket() {
    CleanArticle a = Pages.clean(HEADLINE, "أبوظبي (الواحة، وام)", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("أبوظبي");
    assertThat(a.credits()).containsExactly("الواحة", "وام");
    assertThat(Pages.paragraphs(a)).first().isEqualTo("أبوظبي (الواحة، وام)");
    CleanArticle b = Pages.clean(HEADLINE, "دبي (الواحة، وكالات) - " + FIRST, SECOND);
    assertThat(b.dateline()).isEqualTo("دبي");
    assertThat(b.credits()).containsExactly("الواحة", "وكالات");
    CleanArticle c = Pages.clean(HEADLINE, "ساو باولو (البرازيل، أ ف ب) - " + FIRST, SECOND);
    assertThat(c.credits()).as("a country in the bracket is no outlet").doesNotContain("البرازيل");
    CleanArticle d = Pages.clean(HEADLINE, "أبوظبي (الواحة، الضياء)", FIRST, SECOND);
    assertThat(d.credits()).as("no name in the bracket is a known outlet").isEmpty();
  }

  @Test
  void theTimeUnderTheHeadlineGivesTheHourOfTheDayTheDateBarGives() {
    CleanArticle a = Pages.clean("الأحد 8 مارس 2026 | 19 رمضان 1447", HEADLINE, "8 مارس 2026 14:40", FIRST, SECOND);
    assertThat(a.published()).isEqualTo("2026-03-08T14:40");
    CleanArticle b = Pages.clean("الأحد 8 مارس 2026 | 19 رمضان 1447", HEADLINE, "7 مارس 2026 23:10", FIRST, SECOND);
    assertThat(b.published()).as("another day: the date bar's day stays").isEqualTo("2026-03-08");
    CleanArticle c = Pages.clean(HEADLINE, "نشر في 8/3/2026", "آخر تحديث: 8/3/2026 18:20", FIRST, SECOND);
    assertThat(c.published()).as("the update's time is not the publication's").isEqualTo("2026-03-08");
  }

  @Test
  void theSitesStripWithItsNamesAndLanguagesIsNoPartOfTheText() {
    String html = "<html><head><title>" + HEADLINE + " | وكالة أنباء الواحة</title>"
        + "<meta property=\"og:site_name\" content=\"Oasis Press Service\"></head><body>"
        + "<div class=\"top\">وكالة أنباء الواحة | Oasis Press Service | عربي Français English</div>"
        + "<article><h1>" + HEADLINE + "</h1><div class=\"date\">الأحد, 8 مارس 2026 14:40</div>"
        + "<p>نواكشوط - " + FIRST + "</p><p>" + SECOND + "</p></article></body></html>";
    CleanArticle a = new Pages.Reading().clean(html);
    assertThat(a.dateline()).isEqualTo("نواكشوط");
    assertThat(a.credits()).containsExactly("Oasis Press Service");
    assertThat(a.text()).doesNotContain("Français", HEADLINE);
    CleanArticle b = Pages.clean("وكالة الأنباء الجزائرية | APS | عربي English", HEADLINE, "الجزائر - " + FIRST, SECOND);
    assertThat(b.title()).isEqualTo(HEADLINE);
    assertThat(b.dateline()).isEqualTo("الجزائر");
    CleanArticle c = Pages.clean("افتتاح محطة التحلية | الواحة", FIRST, SECOND);
    assertThat(c.title()).as("a headline with a site after its bar").isEqualTo("افتتاح محطة التحلية | الواحة");
  }

  @Test
  void anAgencysNameByItsFormAboveTheHeadlineIsItsMasthead() {
    CleanArticle a = Pages.clean("وكالة أنباء الواحة", "WANA", HEADLINE, "2026-03-08 14:40", FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly("وكالة أنباء الواحة");
    CleanArticle b = Pages.clean("وكالة الضياء للأنباء", HEADLINE, FIRST, SECOND);
    assertThat(b.title()).isEqualTo(HEADLINE);
    assertThat(b.credits()).containsExactly("وكالة الضياء للأنباء");
    CleanArticle c = Pages.clean("وكالة أنباء الواحة تعلن نقل مقرها إلى العاصمة", FIRST, SECOND);
    assertThat(c.title()).as("a headline about an agency").isEqualTo("وكالة أنباء الواحة تعلن نقل مقرها إلى العاصمة");
  }

  @Test
  void aMenuEntryOfAFewWordsAmongOneWordEntriesIsNoHeadline() {
    CleanArticle a = Pages.clean("الواحة", "الرئيسية", "أخبار الجنوب/ المحافظات الساحلية", "سياسة", "اقتصاد", "رياضة",
        HEADLINE, "2026-03-08 14:40", FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.text()).doesNotContain("المحافظات الساحلية");
    assertThat(Pages.paragraphs(a)).containsExactly("2026-03-08 14:40", FIRST, SECOND);
    CleanArticle b = Pages.clean(HEADLINE, "سياسة", "سامي الخطيب", "2026-03-08 14:40", FIRST, SECOND);
    assertThat(b.title()).as("a section and a byline between the headline and its date").isEqualTo(HEADLINE);
    CleanArticle c = Pages.clean(HEADLINE, "شارك", "فيسبوك", "تويتر", "واتساب", FIRST, SECOND);
    assertThat(c.title()).as("share buttons under the headline").isEqualTo(HEADLINE);
  }

  @Test
  void thePlaceAndTheSitesOwnNameWithItsColonOnALineOfTheirOwn() {
    CleanArticle a = Pages.clean("موقع الواحة", HEADLINE, "المكلا - الواحة:", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("المكلا");
    assertThat(a.credits()).containsExactly("الواحة");
    assertThat(Pages.paragraphs(a)).containsExactly("المكلا - الواحة:", FIRST, SECOND);
    CleanArticle b = Pages.clean(HEADLINE, "عدن - سامي الخطيب:", FIRST, SECOND);
    assertThat(b.credits()).as("a reporter after the dash").isEmpty();
    CleanArticle c = Pages.clean(HEADLINE, "عدن - تعز:", FIRST, SECOND);
    assertThat(c.credits()).as("a second place after the dash").isEmpty();
  }

  @Test
  void thePlaceAndTheSitesOwnNameWithAWritersNameUnderThem() {
    CleanArticle a = Pages.clean("الضياء نيوز", HEADLINE, "نواكشوط - الضياء نيوز", "سامي الخطيب", "2026-03-08 14:40", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("نواكشوط");
    assertThat(a.credits()).containsExactly("الضياء نيوز");
    assertThat(a.text()).doesNotContain("سامي الخطيب");
    CleanArticle b = Pages.clean(HEADLINE, "نواكشوط - الضياء نيوز", "2026-03-08 14:40", FIRST, SECOND);
    assertThat(b.dateline()).as("no colon, no writer and the page names no such site").isNull();
    CleanArticle c = Pages.clean(HEADLINE, "الضياء نيوز", "سامي الخطيب", "2026-03-08 14:40", FIRST, SECOND);
    assertThat(c.dateline()).as("no place").isNull();
  }

  @Test
  void theSitesNameOnTheFirstLineNamedAgainAsTheOutletASourceToldIsTheCredit() {
    String told = "وقال مصدر في الوزارة لـ الضياء إن المرحلة الثانية من المشروع ستنطلق مطلع العام المقبل.";
    CleanArticle a = Pages.clean("الضياء", "محليات", HEADLINE, "سامي الخطيب", "2 ديسمبر 2026 - 22:10", FIRST, told);
    assertThat(a.credits()).containsExactly("الضياء");
    CleanArticle b = Pages.clean("الضياء", "محليات", HEADLINE, "سامي الخطيب", "2 ديسمبر 2026 - 22:10", FIRST, SECOND);
    assertThat(b.credits()).as("the text never names the site").isEmpty();
    CleanArticle c = Pages.clean("الضياء", HEADLINE, "الرباط - هسبريس", FIRST, told);
    assertThat(c.credits()).as("another outlet is credited").containsExactly("هسبريس");
  }

  @Test
  void aPlaceAloneOnALineBetweenTheHeadlineAndTheTextIsTheDateline() {
    CleanArticle a = Pages.clean(HEADLINE, "2026-03-08 14:40", "كوباني", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("كوباني");
    assertThat(a.credits()).isEmpty();
    CleanArticle b = Pages.clean(HEADLINE, "2026-03-08 14:40", "سوريا", FIRST, SECOND);
    assertThat(b.dateline()).as("a country is a section's name").isNull();
    CleanArticle c = Pages.clean(HEADLINE, "كوباني", "الأكثر قراءة", FIRST, SECOND);
    assertThat(c.dateline()).as("no text under it").isNull();
    CleanArticle d = Pages.clean(HEADLINE, "كوباني", "الرقة - " + FIRST, SECOND);
    assertThat(d.dateline()).as("the text opens with its own dateline").isEqualTo("الرقة");
  }

  @Test
  void aTownTheGazetteerDoesNotKnowHeadsAReportWithTheSitesOwnName() {
    CleanArticle a = Pages.clean("الواحة", "الرئيسية | محليات | اقتصاد", HEADLINE, "8/3/2026 14:40", "وادي الرمان - الواحة", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("وادي الرمان");
    assertThat(a.credits()).containsExactly("الواحة");
    CleanArticle b = Pages.clean("صحيفة الضياء", "الرئيسية | محليات | اقتصاد", HEADLINE, "8/3/2026 14:40", "عين الحجل: الضياء", FIRST, SECOND);
    assertThat(b.dateline()).as("a colon between them").isEqualTo("عين الحجل");
    assertThat(b.credits()).containsExactly("الضياء");
    CleanArticle c = Pages.clean("الواحة", "الرئيسية | محليات | اقتصاد", HEADLINE, "8/3/2026 14:40", "وادي الرمان - الضياء", FIRST, SECOND);
    assertThat(c.dateline()).as("a name that is not the site's own vouches for no place").isNull();
    CleanArticle d = Pages.clean("الواحة", "الرئيسية | محليات | اقتصاد", HEADLINE, "8/3/2026 14:40", "سامي الخطيب - الواحة", FIRST, SECOND);
    assertThat(d.dateline()).as("a reporter before the site's name").isNull();
  }

  @Test
  void aPapersKindNounAndOneDefiniteWordOnThePagesFirstLineIsItsMasthead() {
    CleanArticle a = Pages.clean("صحيفة الضياء", "الرئيسية | محليات | اقتصاد", HEADLINE, "8/3/2026 14:40", FIRST, SECOND);
    assertThat(a.credits()).containsExactly("الضياء");
    assertThat(a.title()).isEqualTo(HEADLINE);
    CleanArticle b = Pages.clean("بوابة الضياء الإلكترونية", "الرئيسية | محليات | اقتصاد", HEADLINE, "8/3/2026 14:40", FIRST, SECOND);
    assertThat(b.credits()).as("a portal with its adjective").containsExactly("الضياء");
    CleanArticle c = Pages.clean(HEADLINE, "8/3/2026 14:40", FIRST, "صحيفة الضياء", SECOND);
    assertThat(c.credits()).as("not inside the text").isEmpty();
  }

  @Test
  void ofASiteNamedInTwoScriptsTheArticlesScriptIsCredited() {
    String html = "<html><head><title>" + HEADLINE + "</title>"
        + "<meta property=\"og:site_name\" content=\"The Oasis Observer | مرصد الواحة\"></head><body>"
        + "<article><h1>" + HEADLINE + "</h1><p>" + FIRST + "</p><p>" + SECOND + "</p></article></body></html>";
    assertThat(new Pages.Reading().clean(html).credits()).containsExactly("مرصد الواحة");
    String tagline = html.replace("The Oasis Observer | مرصد الواحة", "مرصد الواحة | صوت الجنوب");
    assertThat(new Pages.Reading().clean(tagline).credits()).as("one script: kept whole").containsExactly("مرصد الواحة | صوت الجنوب");
  }
}
