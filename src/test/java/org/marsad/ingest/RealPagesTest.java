package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Web pages as news sites build them today, invented for the tests: the main text found without
 * a known container, metadata read from JSON-LD, OpenGraph, meta tags and time elements, the
 * headline kept as written, a marked body holding widgets, and markup nested absurdly deep.
 */
class RealPagesTest {

  /** A paragraph of an invented article, also read by {@link MainTextTest}. */
  static final String P1 = "أعلنت وزارة النقل اليوم عن خطة لتوسيع شبكة القطارات بين المدن الكبرى، تشمل ثلاثة خطوط"
      + " جديدة تربط العاصمة بالموانئ الرئيسية خلال السنوات الخمس المقبلة.";
  static final String P2 = "وقال وزير النقل في مؤتمر صحفي إن تكلفة المشروع تقدر بملياري دولار، وإن التمويل سيأتي"
      + " من شراكة بين القطاعين العام والخاص.";
  static final String P3 = "وأشار إلى أن الأعمال الإنشائية ستبدأ في الربيع المقبل بعد استكمال الدراسات الفنية"
      + " والبيئية اللازمة للمسارات الثلاثة.";

  private static final Pages.Reading READER = new Pages.Reading();

  @Test
  void withoutAKnownContainerTheDensestTextBlockIsTheArticle() {
    String html = "<html><head><title>خطة لتوسيع شبكة القطارات</title></head><body>"
        + "<div class=\"x1\"><a href=\"/\">الرئيسية</a> <a href=\"/a\">سياسة</a> <a href=\"/b\">اقتصاد</a></div>"
        + "<div class=\"x2\"><div class=\"x3\"><h2>خطة لتوسيع شبكة القطارات بين المدن</h2>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"x4\"><ul><li><a href=\"/1\">أسعار الذهب اليوم في الأسواق المحلية</a></li>"
        + "<li><a href=\"/2\">نتائج مباريات الدوري في الجولة العاشرة</a></li>"
        + "<li><a href=\"/3\">حالة الطقس المتوقعة خلال عطلة نهاية الأسبوع</a></li></ul></div></div>"
        + "<div class=\"x5\">حقوق النشر محفوظة لموقع التجربة ٢٠٢٦</div></body></html>";
    RawArticle a = HtmlExtractor.extract("t.html", html, List.of());
    assertThat(a.text()).contains(P1, P2, P3).doesNotContain("أسعار الذهب", "حقوق النشر", "سياسة");
  }

  @Test
  void theBodyAMarkedContainerHoldsIsReadPastAHiddenTitleAndAReadingTimeWidget() {
    String headline = "الحكومة تقر موازنة العام المقبل بعجز أقل";
    String html = "<html><head><meta property=\"og:title\" content=\"" + headline + "\"></head><body>"
        + "<div class=\"article-page\"><h1 class=\"title\">" + headline + "</h1>"
        + "<div itemprop=\"articleBody\" class=\"article-text\">"
        + "<span class=\"hidden\" style=\"display:none\">" + headline + "</span>"
        + "<div class=\"reading-time\"><span class=\"icon\"></span><span>2</span> <span>دقائق للقراءة</span></div>"
        + P1 + "<br><br>" + P2 + "<br><br>" + P3
        + "</div></div></body></html>";
    CleanArticle a = READER.clean(html);
    assertThat(a.title()).isEqualTo(headline);
    assertThat(a.text()).contains(P1, P2, P3);
    assertThat(a.text()).doesNotContain(headline);
  }

  @Test
  void aHeadlineKeepsTheQuotationMarksTheMetadataDropped() {
    String written = "«\"زهرة الصحراء\" تعود».. لغز المسرحية التي أعيد عرضها بعد نصف قرن";
    String meta = "زهرة الصحراء تعود.. لغز المسرحية التي أعيد عرضها بعد نصف قرن";
    String html = "<html><head><meta property=\"og:title\" content=\"" + meta + "\"></head><body><article>"
        + "<h1>" + written + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    assertThat(READER.clean(html).title()).isEqualTo(written);
  }

  @Test
  void aHeadlineGivenWithItsQuotationMarksKeepsThem() {
    String written = "وزير الخارجية: \"لن نقبل بأي تسوية على حساب السيادة\"";
    String html = "<html><head><meta property=\"og:title\" content=\"" + written.replace("\"", "&quot;") + "\">"
        + "</head><body><article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    assertThat(READER.clean(html).title()).isEqualTo(written);
  }

  @Test
  void metadataFromJsonLdOpenGraphMetaTagsAndTime() {
    String html = "<html lang=\"ar\"><head>"
        + "<link rel=\"canonical\" href=\"https://news.example.org/2026/03/rail\">"
        + "<meta property=\"og:site_name\" content=\"أخبار المثال\">"
        + "<meta name=\"author\" content=\"سارة المنصوري\">"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"خطة لتوسيع شبكة القطارات\",\"dateModified\":\"2026-03-03T10:00:00+03:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"سارة المنصوري\"},{\"@type\":\"Person\",\"name\":\"علي حداد\"}]}"
        + "</script></head><body><article><time datetime=\"2026-03-02T09:15:00+03:00\">٢ مارس</time>"
        + "<p>" + P1 + "</p></article></body></html>";
    PageMetadata m = PageMetadata.read(Jsoup.parse(html));
    assertThat(m.title()).isEqualTo("خطة لتوسيع شبكة القطارات");
    assertThat(m.published()).isEqualTo("2026-03-02T09:15:00+03:00");
    assertThat(m.modified()).isEqualTo("2026-03-03T10:00:00+03:00");
    assertThat(m.authors()).containsExactly("سارة المنصوري", "علي حداد");
    assertThat(m.url()).isEqualTo("https://news.example.org/2026/03/rail");
    assertThat(m.language()).isEqualTo("ar");
    assertThat(m.outlet()).isEqualTo("أخبار المثال");
    RawArticle a = HtmlExtractor.extract("t.html", html, List.of());
    assertThat(a.given().published()).isEqualTo("2026-03-02T06:15Z");
  }

  @Test
  void aDateOnlyTimeElementTakesTheClockTimePrintedBesideIt() {
    String html = "<html lang=\"ar\"><head><title>خطة لتوسيع شبكة القطارات</title></head><body><article>"
        + "<p class=\"date\"><time datetime=\"2026-04-07\">الثلاثاء ٧ أبريل ٢٠٢٦</time> - ٠٩:٤٠ ص</p>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    assertThat(PageMetadata.read(Jsoup.parse(html)).published()).isEqualTo("2026-04-07T09:40");
    String other = html.replace("٠٩:٤٠ ص", "").replace("٧ أبريل", "٨ أبريل");
    assertThat(PageMetadata.read(Jsoup.parse(other)).published()).as("no time beside it").isEqualTo("2026-04-07");
  }

  @Test
  void twentyThousandNestedDivsAreReadWithoutOverflowingTheStack() {
    StringBuilder b = new StringBuilder("<html><body>");
    b.append("<div>".repeat(20_000)).append("<p>").append(P1).append("</p><p>").append(P2).append("</p>");
    b.append("</div>".repeat(20_000)).append("</body></html>");
    RawArticle a = HtmlExtractor.extract("deep.html", b.toString(), List.of());
    assertThat(a.text()).contains(P1, P2);
  }

  @Test
  void aWidgetNamedPageIsReadAgainWithoutTrustingTheNames() {
    // a theme that calls every block a "widget", the article's included
    String html = "<html><body><div class=\"widget\"><a href=\"/\">الرئيسية</a></div>"
        + "<div class=\"widget widget-area\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"widget\"><a href=\"/x\">روابط</a></div></body></html>";
    RawArticle a = HtmlExtractor.extract("w.html", html, List.of());
    assertThat(a.text()).contains(P1, P2, P3);
  }
}
