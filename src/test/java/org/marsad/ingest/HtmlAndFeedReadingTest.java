package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading saved pages, JSONL dumps and feeds into articles. The pages are invented. */
class HtmlAndFeedReadingTest {

  private static final String HEADLINE = "افتتاح أول محطة لتحلية مياه البحر بالطاقة الشمسية";
  private static final String P1 = "افتتحت الحكومة اليوم أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية، بطاقة إنتاجية"
      + " تبلغ خمسين ألف متر مكعب يوميا.";
  private static final String P2 = "وقال وزير الطاقة إن المحطة ستزود ثلاث مدن ساحلية بمياه الشرب طوال العام.";
  private static final String P3 = "وأضاف أن الحكومة تخطط لبناء محطتين مماثلتين خلال السنوات الخمس المقبلة.";
  private static final String CAPTION = "The new solar-powered desalination plant on the coast, seen from the air on opening day";

  @TempDir
  Path dir;

  private final ArticleReader reader = new ArticleReader();

  private Collected read(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    Collected c = new Collected();
    reader.read(f, c);
    return c;
  }

  private Collected read(String name, String text) throws IOException {
    return read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A page with the headline in its metadata and {@code article} as its article's markup. */
  private CleanArticle readArticle(String article) throws IOException {
    return read("page.html", "<html><head><meta property=\"og:title\" content=\"" + HEADLINE + "\"></head><body><article>"
        + article + "</article></body></html>").only();
  }

  private static String body() {
    return "<body><nav><a href=\"/\">الرئيسية</a> <a href=\"/a\">اقتصاد</a></nav>"
        + "<header class=\"site-header\">بوابة الساحل</header><main><article>"
        + "<h1>" + HEADLINE + "</h1>"
        + "<div class=\"share-buttons\"><a>فيسبوك</a> <a>انسخ الرابط</a></div>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<figure><img src=\"p.jpg\"><figcaption>" + CAPTION + "</figcaption></figure>"
        + "<p>" + P3 + "</p>"
        + "<div class=\"related-news\"><h3>اقرأ أيضا</h3><ul><li>ارتفاع أسعار المياه المعبأة</li></ul></div>"
        + "<div class=\"comments\">التعليقات</div>"
        + "</article></main><footer>جميع الحقوق محفوظة</footer></body>";
  }

  @Test
  void aFolderIsReadButForItsDocumentationProgramsAndAPagesFiles() throws IOException {
    for (String name : List.of("01.txt", "02.html", "03.jsonl", "04.warc.gz", "notes", "README.md", "score.py",
        "run.sh", "gold.json", "style.css", "logo.png", ".draft.txt")) {
      Files.writeString(dir.resolve(name), "x");
    }
    assertThat(ArticleReader.files(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly("01.txt", "02.html", "03.jsonl", "04.warc.gz", "notes");
  }

  @Test
  void aPageWithOpenGraphMetaTags() throws IOException {
    String html = "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\">"
        + "<title>" + HEADLINE + " | بوابة الساحل</title>"
        + "<meta property=\"og:title\" content=\"" + HEADLINE + "\">"
        + "<meta property=\"article:published_time\" content=\"2026-04-07T09:30:00+02:00\">"
        + "<meta property=\"og:url\" content=\"https://example.org/news/1\">"
        + "</head>" + body() + "</html>";
    CleanArticle a = read("page.html", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).isEqualTo("2026-04-07T07:30Z");
    assertThat(a.source()).endsWith("page.html");
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void aPageWithJsonLdNewsArticleOnly() throws IOException {
    String html = "<html><head><meta charset=\"utf-8\"><title>بوابة الساحل</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"بوابة الساحل\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\",\"datePublished\":\"2026-04-07T07:30:00Z\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"رويترز\"}}]}</script>"
        + "</head>" + body() + "</html>";
    CleanArticle a = read("page.html", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).isEqualTo("2026-04-07T07:30Z");
    assertThat(a.credits()).containsExactly("رويترز");
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void aPublicationTimeMarkedOnAnElementOrInABareJsonLdObject() throws IOException {
    String itemprop = "<html><head><title>" + HEADLINE + "</title></head><body><div id=\"content\"><h1>" + HEADLINE
        + "</h1><span itemprop=\"datePublished\" content=\"2026-04-07T09:30:00+02:00\">الثلاثاء</span>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
    assertThat(read("a.html", itemprop).only().published()).isEqualTo("2026-04-07T07:30Z");
    String ld = "<html><head><title>" + HEADLINE + "</title><script type=\"application/ld+json\">"
        + "{\"@type\":\"WebPage\",\"name\":\"x\",\"datePublished\":\"2026-04-07 09:30:00\"}</script></head>"
        + body() + "</html>";
    assertThat(read("b.html", ld).only().published()).isEqualTo("2026-04-07T09:30");
  }

  @Test
  void aMetaValueInAFormNoReaderKnowsGivesWayToTheNext() throws IOException {
    String html = "<html><head><title>" + HEADLINE + "</title>"
        + "<meta property=\"article:published_time\" content=\"الثلاثاء، قبل ساعتين\">"
        + "<meta name=\"parsely-pub-date\" content=\"2026-04-07T07:30:00Z\"></head>" + body() + "</html>";
    assertThat(read("page.html", html).only().published()).isEqualTo("2026-04-07T07:30Z");
  }

  @Test
  void anEnglishDateLineUnderTheHeadlineOfAPageWithoutMetadata() throws IOException {
    String html = "<html><head><title>بوابة الساحل</title></head><body>"
        + "<div id=\"content\"><h1>" + HEADLINE + "</h1><div class=\"post-date\">April 7, 2026</div>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
    assertThat(read("page.html", html).only().published()).isEqualTo("2026-04-07");
  }

  @Test
  void aPageWithoutMetadataGivesItsHeadlineAndMainTextBlock() throws IOException {
    String html = "<html><head><title>بوابة الساحل</title></head><body>"
        + "<div class=\"top\"><a>الرئيسية</a> <a>اقتصاد</a> <a>رياضة</a></div>"
        + "<div id=\"content\"><h1>" + HEADLINE + "</h1><span>الثلاثاء 7 أبريل 2026 - 07:30 بتوقيت غرينتش</span>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"box\"><p>أسعار العملات اليوم</p></div></body></html>";
    CleanArticle a = read("page.htm", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).isEqualTo("2026-04-07T07:30Z");
    assertThat(Pages.paragraphs(a)).containsExactly("الثلاثاء 7 أبريل 2026 - 07:30 بتوقيت غرينتش", P1, P2, P3);
  }

  @Test
  void aPhotoAndItsCaptionAreNotTheArticlesText() throws IOException {
    // a caption describes the photo, not the story, in whatever language: the page's figure, its
    // figcaption, a block named as a caption, a holder of pictures named so with no text block of its own
    String caption = "وزير الطاقة يتفقد المحطة الجديدة خلال الافتتاح";
    CleanArticle a = readArticle("<p>" + P1 + "</p><figure><img src=\"a.jpg\"><figcaption>" + caption + "</figcaption></figure>"
        + "<p>" + P2 + "</p><div class=\"wp-block-image\"><img src=\"b.jpg\"><span>" + CAPTION + "</span></div>"
        + "<p>" + P3 + "</p><div class=\"media__image\"><img src=\"c.jpg\"><p class=\"media__caption\">"
        + "صورة أرشيفية لمحطة تحلية قديمة</p></div>");
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
    assertThat(a.captions()).isEmpty();
  }

  @Test
  void aFigureWithoutAPictureAndAPictureBesideTextStayInTheText() throws IOException {
    // a pull quote set as a figure, and an article block named for its photo that holds paragraphs
    String quote = "وقال الوزير: هذه المحطة بداية مرحلة جديدة في تأمين المياه للمدن الساحلية.";
    CleanArticle a = readArticle("<p>" + P1 + "</p><figure><blockquote>" + quote + "</blockquote></figure>"
        + "<div class=\"image-and-text\"><img src=\"a.jpg\"><p>" + P2 + "</p></div><p>" + P3 + "</p>");
    assertThat(Pages.paragraphs(a)).containsExactly(P1, quote, P2, P3);
  }

  @Test
  void anEnglishCaptionThePageDoesNotMarkIsStillACaptionSpan() throws IOException {
    // the Cleaner's rule for plain text: a line of Latin prose in an Arabic article is a caption
    CleanArticle a = readArticle("<p>" + P1 + "</p><p>" + CAPTION + ".</p><p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(Pages.captions(a)).containsExactly(CAPTION + ".");
  }

  @Test
  void theSiteNameAfterTheHeadlineIsNotPartOfTheTitle() throws IOException {
    String html = "<html><head><meta property=\"og:title\" content=\"" + HEADLINE + " - الجزيرة نت\">"
        + "<meta property=\"article:published_time\" content=\"2026-04-07T09:30:00\"></head>" + body() + "</html>";
    CleanArticle a = read("page.html", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).as("a time without an offset stays local").isEqualTo("2026-04-07T09:30");
  }

  @Test
  void aKnownSiteNameAfterTheHeadlineInTheTitleTagIsTheCreditWhenThePageStatesNoOther() throws IOException {
    for (String site : new String[] {"فرانس 24", "BBC News عربي", "قناة العالم الاخبارية"}) {
      String html = "<html><head><title>" + HEADLINE + " - " + site + "</title><meta property=\"og:title\" content=\""
          + HEADLINE + "\"></head>" + body() + "</html>";
      CleanArticle a = read("page.html", html).only();
      assertThat(a.title()).isEqualTo(HEADLINE);
      assertThat(a.credits()).as(site).hasSize(1);
    }
    String unknown = "<html><head><title>" + HEADLINE + " - مجلة الأفق</title></head>" + body() + "</html>";
    assertThat(read("page.html", unknown).only().credits()).isEmpty();
  }

  @Test
  void aSiteNameInTwoLanguagesIsCreditedByTheOutletItNames() throws IOException {
    for (String site : new String[] {"العربية | Al Arabiya", "سكاي نيوز عربية / Sky News Arabia"}) {
      String html = "<html><head><meta property=\"og:site_name\" content=\"" + site + "\"><meta property=\"og:title\""
          + " content=\"" + HEADLINE + "\"></head>" + body() + "</html>";
      assertThat(read("page.html", html).only().credits()).as(site).containsExactly(site.split(" [|/] ")[0]);
    }
  }

  @Test
  void aKnownSiteNameBeforeTheHeadlineInTheTitleTagIsTheCredit() throws IOException {
    String html = "<html><head><title>بوابة الأهرام : " + HEADLINE + "</title><meta property=\"og:title\" content=\""
        + HEADLINE + "\"></head>" + body() + "</html>";
    CleanArticle a = read("page.html", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly("الأهرام");
  }

  @Test
  void aDatelineInTheBylineIsTheArticlesDateline() throws IOException {
    String html = bylinePage("الدوحة - سكاي نيوز عربية");
    CleanArticle a = read("page.html", html).only();
    assertThat(a.dateline()).isEqualTo("الدوحة");
    assertThat(a.credits()).containsExactly("سكاي نيوز عربية");
    String byPerson = html.replace("الدوحة - سكاي نيوز عربية", "سالم العتيبي - محرر الشؤون الاقتصادية");
    CleanArticle b = read("page.html", byPerson).only();
    assertThat(b.dateline()).isNull();
    assertThat(Pages.paragraphs(b)).containsExactly(P1, P2, P3);
  }

  @Test
  void outletsRunTogetherInTheBylineAreCredited() throws IOException {
    String html = bylinePage("الجزيرة نت - وكالات");
    CleanArticle a = read("page.html", html).only();
    assertThat(a.credits()).containsExactly("الجزيرة", "وكالات");
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void aTitleThatIsOnlyTheSitesNameGivesWayToTheH1() throws IOException {
    String html = "<html><head><meta property=\"og:site_name\" content=\"مجلة الأفق الأسبوعية\">"
        + "<meta property=\"og:title\" content=\"مجلة الأفق الأسبوعية\"></head><body><article><h1>"
        + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>";
    CleanArticle a = read("page.html", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void aDateInTheArticlesHeaderGivesPublishedWhenTheMetadataHasNone() throws IOException {
    String html = "<html><head><meta property=\"og:title\" content=\"" + HEADLINE + "\"></head><body>"
        + "<div class=\"post-header\"><h1>" + HEADLINE + "</h1><div class=\"post-date\">الخميس، 14 مايو 2026 11:05 ص</div>"
        + "</div><div class=\"post-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"latest\"><span class=\"date\">15 مايو 2026</span></div></body></html>";
    CleanArticle a = read("page.html", html).only();
    assertThat(a.published()).isEqualTo("2026-05-14T11:05");
    assertThat(Pages.paragraphs(a)).containsExactly("الخميس، 14 مايو 2026 11:05 ص", P1, P2, P3);
    // a date printed only after the article's text belongs to something else on the page
    String after = html.replace("<div class=\"post-date\">الخميس، 14 مايو 2026 11:05 ص</div>", "");
    CleanArticle b = read("page.html", after).only();
    assertThat(b.published()).isNull();
  }

  @Test
  void anUnknownSiteNameAfterTheHeadlineGivesWayToThePagesOwnHeadline() throws IOException {
    String html = "<html><head><meta property=\"og:title\" content=\"" + HEADLINE + " | مجلة الأفق الأسبوعية\">"
        + "</head>" + body() + "</html>";
    CleanArticle a = read("page.html", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void anOldPageWithParagraphsSeparatedByLineBreaks() throws IOException {
    String html = "<html><head><title>" + HEADLINE + "</title></head><body><table><tr><td class=\"menu\">الرئيسية</td>"
        + "<td><font size=\"4\"><b>" + HEADLINE + "</b></font><br><br>" + P1 + "<br><br>" + P2 + "<br>" + P3
        + "</td></tr></table></body></html>";
    CleanArticle a = read("old.htm", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void aPageSavedAsTxtIsStillReadAsHtml() throws IOException {
    String html = "<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"" + HEADLINE + "\"></head>"
        + body() + "</html>";
    CleanArticle a = read("saved.txt", html).only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.text()).doesNotContain("<p>");
  }

  @Test
  void theCharsetAPageDeclaresIsHonoured() throws IOException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "<meta property=\"og:title\" content=\"" + HEADLINE + "\"></head>" + body() + "</html>";
    CleanArticle utf8 = read("utf8.html", html).only();
    CleanArticle win = read("win.html", html.getBytes(Charset.forName("windows-1256"))).only();
    assertThat(win.title()).isEqualTo(HEADLINE);
    assertThat(win.text()).isEqualTo(utf8.text());
  }

  @Test
  void brokenHtmlIsReadAsFarAsItGoes() throws IOException {
    String html = "<html><body><div><h1>" + HEADLINE + "</h1><p>" + P1 + "<p>" + P2 + "</div></span><p>" + P3
        + "<div class=";
    Collected c = read("broken.html", html);
    CleanArticle a = c.only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
    assertThat(c.notes).singleElement().asString().contains("broken.html").contains("ends inside a tag");
  }

  @Test
  void htmlWithoutText() throws IOException {
    Collected c = read("empty.html", "<html><head></head><body><div class=\"x\"></div></body></html>");
    assertThat(c.articles).isEmpty();
    assertThat(c.problems).singleElement().asString().contains("empty.html").contains("no article text");
  }

  // --- JSONL ---

  @Test
  void jsonlFieldsGivenWinOverWhatIsExtracted() throws IOException {
    String text = String.join("\n", "عنوان مختلف في نص الصفحة نفسه", "الثلاثاء 7 أبريل 2026", P1, P2);
    String line = "{\"text\":" + json(text) + ",\"title\":" + json(HEADLINE)
        + ",\"published\":\"2026-04-08T12:00:00+03:00\",\"outlet\":\"Reuters\",\"url\":\"https://example.org/n/7\"}";
    CleanArticle a = read("dump.jsonl", line + "\n").only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).isEqualTo("2026-04-08T09:00Z");
    assertThat(a.credits()).containsExactly("رويترز");
    assertThat(a.source()).isEqualTo("https://example.org/n/7");
    assertThat(Pages.paragraphs(a)).contains(P1, P2);
  }

  @Test
  void jsonlHtmlKeepsTheSiteItsTitleNamesBesideTheHeadline() throws IOException {
    String html = "<html><head><title>صدى الرافدين | " + HEADLINE + "</title></head><body><article><h1>" + HEADLINE
        + "</h1><p>صدى الرافدين - البصرة</p><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    CleanArticle a = read("dump.jsonl", "{\"html\":" + json(html) + "}\n").only();
    assertThat(a.dateline()).isEqualTo("البصرة");
    assertThat(a.credits()).containsExactly("صدى الرافدين");
  }

  @Test
  void jsonlWithoutFieldsTakesThemFromTheText() throws IOException {
    String text = String.join("\n", HEADLINE, "نشر بتاريخ: 7 نيسان 2026", P1, P2);
    CleanArticle a = read("dump.jsonl", "{\"text\":" + json(text) + "}\n").only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).isEqualTo("2026-04-07");
  }

  @Test
  void jsonlWithHtml() throws IOException {
    String html = "<html><head><meta property=\"og:title\" content=\"" + HEADLINE + "\"></head>" + body() + "</html>";
    CleanArticle a = read("dump.jsonl", "{\"html\":" + json(html) + ",\"published\":\"2026-04-07\"}\n").only();
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).isEqualTo("2026-04-07");
    assertThat(Pages.paragraphs(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void aJsonlLineThatIsNotJsonIsReportedByNumberAndTheRestRead() throws IOException {
    String lines = "{\"title\":\"الأول\",\"text\":" + json(P1) + "}\n"
        + "{\"title\": \"مقطوع\", \"text\": \"بلا نهاية\n"
        + "\n"
        + "[1, 2]\n"
        + "{\"title\":\"بلا نص\"}\n"
        + "{\"title\":\"الأخير\",\"text\":" + json(P2) + "}\n";
    Collected c = read("dump.jsonl", lines);
    assertThat(c.cleaned()).extracting(CleanArticle::title).containsExactly("الأول", "الأخير");
    assertThat(c.problems).hasSize(3);
    assertThat(c.problems.get(0)).contains("dump.jsonl:2: not JSON");
    assertThat(c.problems.get(1)).contains("dump.jsonl:4: not a JSON object");
    assertThat(c.problems.get(2)).contains("dump.jsonl:5: neither \"text\" nor \"html\"");
  }

  @Test
  void jsonlFromAStream() throws IOException {
    Collected c = new Collected();
    String lines = "{\"text\":" + json(P1) + "}\n{\"text\":" + json(P2) + "}\n";
    reader.readJsonl("-", new ByteArrayInputStream(("\uFEFF" + lines).getBytes(StandardCharsets.UTF_8)), c);
    assertThat(c.articles).extracting(RawArticle::source).containsExactly("-#1", "-#2");
    assertThat(c.problems).isEmpty();
  }

  // --- feeds ---

  @Test
  void anRss2FeedGivesOneArticlePerItem() throws IOException {
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>رويترز</title>"
        + "<link>https://example.org</link><description>أخبار</description>"
        + item(HEADLINE, "https://example.org/1", "Tue, 07 Apr 2026 09:30:00 +0200", P1 + "</p><p>" + P2)
        + item("وزير الطاقة يزور المحطة الجديدة", "https://example.org/2", "Wed, 08 Apr 2026 06:00:00 GMT", P3)
        + "</channel></rss>";
    List<CleanArticle> items = read("news.rss", rss).cleaned();
    assertThat(items).extracting(CleanArticle::title).containsExactly(HEADLINE, "وزير الطاقة يزور المحطة الجديدة");
    assertThat(items).extracting(CleanArticle::published).containsExactly("2026-04-07T07:30Z", "2026-04-08T06:00Z");
    assertThat(items).extracting(CleanArticle::source).containsExactly("https://example.org/1", "https://example.org/2");
    assertThat(Pages.paragraphs(items.get(0))).containsExactly(P1, P2);
    assertThat(items.get(0).credits()).containsExactly("رويترز");
  }

  @Test
  void anAtomFeedGivesOneArticlePerEntry() throws IOException {
    String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>نشرة الساحل</title><id>urn:x</id><updated>2026-04-08T06:00:00Z</updated>"
        + entry(HEADLINE, "urn:1", "2026-04-07T07:30:00Z", P1)
        + entry("وزير الطاقة يزور المحطة الجديدة", "urn:2", "2026-04-08T06:00:00Z", P3)
        + "</feed>";
    List<CleanArticle> items = read("news.atom", atom).cleaned();
    assertThat(items).extracting(CleanArticle::title).containsExactly(HEADLINE, "وزير الطاقة يزور المحطة الجديدة");
    assertThat(items).extracting(CleanArticle::published).containsExactly("2026-04-07T07:30Z", "2026-04-08T06:00Z");
    assertThat(Pages.paragraphs(items.get(1))).containsExactly(P3);
  }

  @Test
  void aFileThatIsNotAFeed() throws IOException {
    Collected c = read("news.xml", "<?xml version=\"1.0\"?><catalog><book>كتاب</book></catalog>");
    assertThat(c.articles).isEmpty();
    assertThat(c.problems).singleElement().asString().contains("news.xml").contains("not a readable RSS or Atom feed");
  }

  /** A page whose headline is in og:title and h1, with {@code byline} in a byline element above three paragraphs. */
  private static String bylinePage(String byline) {
    return "<html><head><meta property=\"og:title\" content=\"" + HEADLINE + "\"></head><body><article><h1>"
        + HEADLINE + "</h1><div class=\"byline\">" + byline + "</div><p>" + P1 + "</p><p>" + P2 + "</p><p>"
        + P3 + "</p></article></body></html>";
  }

  private static String item(String title, String link, String date, String html) {
    return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate>"
        + "<description><![CDATA[<p>" + html + "</p>]]></description></item>";
  }

  private static String entry(String title, String id, String date, String html) {
    return "<entry><title>" + title + "</title><id>" + id + "</id><updated>" + date + "</updated><published>" + date
        + "</published><content type=\"html\"><![CDATA[<p>" + html + "</p>]]></content></entry>";
  }

  private static String json(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
