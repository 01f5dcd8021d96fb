package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a page sets around its headline: the date inside a meta line with the byline and the section,
 * a date in an author box the furniture takes, a ticker of headlines, the site's name in Latin
 * letters, and the Oman News Agency's dateline with its Hijri date and its name between slashes.
 * Every line here is invented.
 */
class PageMetaLinesTest {

  private static final String HEADLINE = "افتتاح سوق شعبية جديدة لبيع منتجات الحرفيين في المدينة القديمة";
  private static final String FIRST = "افتتحت البلدية صباح اليوم سوقا شعبية جديدة تضم أكثر من مئة محل لبيع منتجات الحرفيين"
      + " والأسر المنتجة في قلب المدينة القديمة.";
  private static final String SECOND = "وقال رئيس البلدية إن السوق ستفتح أبوابها طوال أيام الأسبوع حتى ساعة متأخرة من الليل.";

  private final Pages.Reading reading = new Pages.Reading();

  @Test
  void theDateBetweenTheBylineAndTheSectionGivesPublished() {
    String meta = "بقلم: هيئة التحرير | أغسطس 3, 2026 - 9:20 م | شؤون محلية";
    CleanArticle a = Pages.clean(HEADLINE, meta, FIRST, SECOND);
    assertThat(a.published()).isEqualTo("2026-08-03T21:20");
    assertThat(Pages.paragraphs(a)).as("the meta line stays, as a date line does").containsExactly(meta, FIRST, SECOND);
    CleanArticle b = Pages.clean(HEADLINE, "كتب- سامر الحلبي: ٠٧:٤٠ م الخميس ٣ سبتمبر ٢٠٢٦", FIRST, SECOND);
    assertThat(b.published()).isEqualTo("2026-09-03T19:40");
  }

  @Test
  void aShortLineWithADateInTheBodyIsNoDateLine() {
    String line = "الموعد: 3 سبتمبر 2026 | قاعة البلدية";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, line, SECOND);
    assertThat(a.published()).isNull();
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, line, SECOND);
  }

  @Test
  void aDateInAnAuthorBoxTheFurnitureTakesIsTheDateLine() {
    String html = "<html><head><title>" + HEADLINE + " - موقع المدينة</title></head><body><article><h1>" + HEADLINE
        + "</h1><div class=\"author-info\">كتب- سامر الحلبي: <span class=\"date\">07:40 م الخميس 3 سبتمبر 2026</span></div>"
        + "<div class=\"details\"><p>" + FIRST + "</p><p>" + SECOND + "</p></div></article>"
        + "<aside class=\"latest\"><span class=\"date\">4 سبتمبر 2026</span></aside></body></html>";
    CleanArticle a = reading.clean(html);
    assertThat(a.published()).isEqualTo("2026-09-03T19:40");
    assertThat(Pages.paragraphs(a)).containsExactly("07:40 م الخميس 3 سبتمبر 2026", FIRST, SECOND);
  }

  @Test
  void theDateLineIsTheArticlesOwnWordsWhenTheMetadataStatesTheTimeToo() {
    String html = "<html><head><meta property=\"article:published_time\" content=\"2026-09-03T16:40:00+00:00\">"
        + "</head><body><article><h1>" + HEADLINE + "</h1><div class=\"byline\"><span class=\"author\">سامر الحلبي</span>"
        + " <span class=\"date\">3 سبتمبر 2026</span></div><div class=\"details\"><p>" + FIRST + "</p><p>" + SECOND
        + "</p></div></article></body></html>";
    CleanArticle a = reading.clean(html);
    assertThat(a.published()).as("the metadata's time").isEqualTo("2026-09-03T16:40Z");
    assertThat(Pages.paragraphs(a)).contains("3 سبتمبر 2026");
  }

  @Test
  void aTickerOfHeadlinesIsNoPartOfTheArticle() {
    CleanArticle a = Pages.clean("عاجل | وزارة التربية تعلن موعد امتحانات نهاية العام", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
    CleanArticle b = Pages.clean("الأكثر قراءة اليوم: ارتفاع أسعار الخضار | انقطاع المياه عن حيين", HEADLINE, FIRST, SECOND);
    assertThat(b.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(b)).containsExactly(FIRST, SECOND);
    CleanArticle c = Pages.clean("عاجل: وزارة التربية تعلن موعد امتحانات نهاية العام", FIRST, SECOND);
    assertThat(c.title()).as("without a bar, a flash's own headline").isEqualTo("عاجل: وزارة التربية تعلن موعد امتحانات نهاية العام");
  }

  @Test
  void theSitesNameInLatinLettersIsNeverTheHeadline() {
    CleanArticle a = Pages.clean("وكالة الأنباء الأردنية (بترا)", "City Market News", "الرئيسية", "محليات", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', nullValues = "-", textBlock = """
      صلالة في 5 جمادى الأولى 1448هـ الموافق 16 أكتوبر 2026م /العُمانية/  # صلالة
      صلالة في 16 أكتوبر /العُمانية/                                     # صلالة
      المعرض في 5 جمادى الأولى 1448هـ الموافق 16 أكتوبر 2026م /العُمانية/ # -
      """)
  void theOmanNewsAgencysDatelineWithItsHijriDateAndItsNameBetweenSlashes(String opening, String place) {
    CleanArticle a = Pages.clean(HEADLINE, opening + " " + FIRST, SECOND);
    assertThat(a.dateline()).as("a place the gazetteer knows, or none").isEqualTo(place);
  }
}
