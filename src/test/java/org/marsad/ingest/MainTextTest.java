package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the main text of a page is told from its furniture, each case a page written for the
 * test: words split across inline elements, and what sits inside an article's container
 * without being its text.
 */
class MainTextTest {

  private static final String P1 = RealPagesTest.P1;
  private static final String P2 = RealPagesTest.P2;
  private static final String P3 = RealPagesTest.P3;

  private static String text(String body) {
    return HtmlExtractor.extract("t.html", "<html><body>" + body + "</body></html>", List.of()).text();
  }

  @Test
  void wordsInInlineElementsKeepTheSpaceBetweenThem() {
    String t = text("<article><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<pre><span>import</span> <span>os</span>\n<span>print</span>(<span>os</span>.<span>sep</span>)</pre>"
        + "<p><b>وزير</b> <i>النقل</i> <a href=\"/x\">قال</a></p><p>" + P3 + "</p></article>");
    assertThat(t).contains("import os print(os.sep)", "وزير النقل قال");
  }

  @Test
  void aCommentFormAndAnAuthorBoxInsideTheArticleAreNotItsText() {
    String t = text("<article><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"m-author\"><p>محرر الشؤون الاقتصادية، يكتب عن النقل والطاقة منذ عشرين عاما في صحف عربية عدة.</p></div>"
        + "<form action=\"/post-comment\"><label>اترك تعليقا على هذا الخبر، ولن ننشر بريدك الإلكتروني</label>"
        + "<textarea name=\"c\"></textarea><input type=\"email\" name=\"e\"></form></article>");
    assertThat(t).contains(P1, P2, P3).doesNotContain("محرر الشؤون", "اترك تعليقا");
  }

  @Test
  void aFormThatWrapsTheArticleIsRead() {
    String t = text("<form action=\"/cart\"><div class=\"description\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></div><select name=\"n\"><option>1</option></select></form>");
    assertThat(t).contains(P1, P2, P3);
  }

  @Test
  void aWrapperNamedLikeAWidgetThatHoldsTheParagraphsIsTheArticle() {
    // a page builder calls every box a widget; the cookie notice, though longer, still goes
    String notice = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتخصيص المحتوى والإعلانات وتحليل حركة"
        + " الزوار، ويمكنك تغيير إعداداتك في أي وقت من صفحة الخصوصية، وبمتابعة التصفح فإنك توافق على ذلك كله"
        + " وعلى سياسة الخصوصية وشروط الاستخدام الخاصة بالموقع وشركائه في الإعلان والتحليل.";
    String t = text("<div class=\"cookie-box\"><p>" + notice + "</p></div>"
        + "<div class=\"builder-widget-container\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"widget\"><a href=\"/x\">روابط</a></div>");
    assertThat(t).contains(P1, P2, P3).doesNotContain("ملفات تعريف الارتباط");
  }

  @Test
  void aWidgetNameGoesEvenBesideAWordOfTheArticlesOwn() {
    String t = text("<div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div class=\"article-copyright\"><p>جميع الحقوق محفوظة، ولا يجوز النسخ أو إعادة النشر دون إذن خطي من إدارة التحرير.</p></div>"
        + "<div id=\"toc_container\"><ul><li>خطة النقل</li><li>التمويل</li></ul></div></div>");
    assertThat(t).contains(P1, P2, P3).doesNotContain("جميع الحقوق", "خطة النقل");
  }

  @Test
  void aWidgetNamedInCamelCaseGoes() {
    String address = "اتصلوا بنا على العنوان البريدي للمؤسسة في شارع الجامعة، الطابق الثالث، أو عبر الهاتف طوال أيام الأسبوع.";
    String t = text("<div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><div id=\"b_footerWrap\"><p>" + address
        + "</p></div></div>");
    assertThat(t).contains(P1, P3).doesNotContain("اتصلوا بنا");
  }

  @Test
  void aTableOfDataInTheArticleIsPartOfIt() {
    // a results table longer than the paragraphs around it: its short cells are data, not furniture
    StringBuilder rows = new StringBuilder();
    for (int round = 1; round <= 4; round++) {
      for (String city : new String[] {"عمّان", "إربد", "الزرقاء", "العقبة", "مادبا", "جرش", "الكرك", "معان"}) {
        rows.append("<tr><td>").append(city).append("</td><td>الجولة ").append(round).append("</td><td>")
            .append(city.length() + round).append("</td></tr>");
      }
    }
    String t = text("<div class=\"entry\"><p>" + P1 + "</p><table>" + rows + "</table><p>" + P2 + "</p></div>");
    assertThat(t).contains(P1, "الزرقاء", "معان", P2);
  }

  private static final String LEAD = "وقعت وزارتا النقل في البلدين اتفاقا لربط شبكتي السكك الحديدية بحلول عام 2030.";

  @Test
  void aLeadInTheArticlesHeaderOpensTheText() {
    String t = text("<header class=\"site\"><a href=\"/\">الصفحة الأولى</a></header><article><header>"
        + "<h1>اتفاق على ربط السكك الحديدية</h1><p class=\"standfirst\">" + LEAD + "</p></header>"
        + "<div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
    assertThat(t).contains(LEAD, P1, P3).doesNotContain("الصفحة الأولى");
    assertThat(t.indexOf(LEAD)).isLessThan(t.indexOf(P1));
  }

  @Test
  void aPageWhoseBodyClassNamesASidebarStillJoinsTheLeadInItsHeader() {
    // "no-sidebar" on the page's body describes the layout, not a list of other stories around the lead
    String t = HtmlExtractor.extract("t.html", "<html><body class=\"single no-sidebar\"><main><header class=\"entry-header\">"
        + "<h1>اتفاق على ربط السكك الحديدية</h1><div class=\"lead\"><p>" + LEAD + "</p></div></header>"
        + "<div class=\"main-content\"><article><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></div></article></div></main></body></html>", List.of()).text();
    assertThat(t).contains(LEAD, P1, P3);
    assertThat(t.indexOf(LEAD)).isLessThan(t.indexOf(P1));
  }

  @Test
  void aSubtitleHeadingInTheArticlesHeaderIsItsLead() {
    String t = text("<main><article><div class=\"article-header\"><h1>اتفاق على ربط السكك الحديدية</h1>"
        + "<h2 class=\"article-subheadline\">" + LEAD + "</h2></div><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div></article></main>");
    assertThat(t).contains(LEAD, P1, P3);
    assertThat(t.indexOf(LEAD)).isLessThan(t.indexOf(P1));
  }

  @Test
  void aParagraphBesideTheHeadlineInTheArticlesHeaderIsItsLead() {
    String t = text("<article><header><h1>اتفاق على ربط السكك الحديدية</h1><p>" + LEAD + "</p></header>"
        + "<div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
    assertThat(t).contains(LEAD, P1, P3);
  }

  @Test
  void aTeaserTextInsideTheArticleStaysWhileATeaserListGoes() {
    String t = text("<div class=\"news-single\"><div class=\"teaser-text\"><p>" + LEAD + "</p></div>"
        + "<div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"teaser-list\"><div class=\"teaser\"><p class=\"teaser-text\">"
        + "قراءة في خطط النقل الإقليمية للعقد المقبل وما تعنيه للمسافرين والتجار في المنطقة.</p></div></div></div>");
    assertThat(t).contains(LEAD, P1, P3).doesNotContain("قراءة في خطط");
  }

  @Test
  void aLeadAfterTheBodyOrFarFromItIsNotTaken() {
    // the site's header and an aside are pruned as furniture: their "intro" and "summary" stay out
    String site = "موقع إخباري مستقل يغطي شؤون النقل والطاقة في المنطقة العربية منذ عام ألفين وعشرة.";
    String after = "ملخص أسبوعي لأبرز أخبار النقل والطاقة في المنطقة يصلكم كل يوم جمعة على بريدكم.";
    String t = text("<header><div class=\"intro\"><p>" + site + "</p></div></header><main><div><article><p>" + P1
        + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article><aside><div class=\"summary\"><p>" + after
        + "</p></div></aside></div></main>");
    assertThat(t).contains(P1, P3).doesNotContain("موقع إخباري", "ملخص أسبوعي");
  }

  @Test
  void theArticlesDescriptionInSchemaOrgMarkupIsItsLead() {
    // itemprop=description of the article opens the text; a person's description in an author box does not
    String author = "صحفي متخصص في شؤون النقل والبنية التحتية، يعمل في الصحيفة منذ خمسة عشر عاما.";
    String t = text("<article itemscope itemtype=\"https://schema.org/NewsArticle\"><div class=\"top\">"
        + "<h1 itemprop=\"headline\">اتفاق على ربط السكك الحديدية</h1><div itemprop=\"description\">" + LEAD + "</div>"
        + "</div><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"description\">"
        + author + "</span></div></article>");
    assertThat(t).contains(LEAD, P1, P3).doesNotContain("صحفي متخصص");
    assertThat(t.indexOf(LEAD)).isLessThan(t.indexOf(P1));
  }

  @Test
  void aNoBreakSpaceBetweenInlineElementsPartsTheirWords() {
    String t = text("<article><p>" + P1 + "</p><p><em>وزير</em>\u00a0النقل\u00a0<a href=\"/x\">قال</a>\u00a0اليوم</p>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p></article>");
    assertThat(t).contains("وزير النقل قال اليوم");
  }

  @Test
  void paragraphsMarkedOneByOneAsTheArticleBodyAreReadTogether() {
    // a teaser of another story, marked the same way elsewhere on the page, is not among them
    String other = "قصة أخرى من الموقع نفسه عن افتتاح طريق سريع جديد بين مدينتين في الشمال.";
    String t = text("<main><p itemprop=\"articleBody\">" + P1 + "</p><p itemprop=\"articleBody\">" + P2 + "</p>"
        + "<p itemprop=\"articleBody\">" + P3 + "</p></main><section><div><p itemprop=\"articleBody\">"
        + other + "</p></div></section>");
    assertThat(t).contains(P1, P2, P3).doesNotContain("قصة أخرى");
  }

  @Test
  void widgetsNamedInOtherLanguagesGoToo() {
    // German "kommentarModul", Spanish "siguenos" (follow us), an affiliate notice, a contact box
    String t = text("<article><div class=\"entry\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div id=\"kommentarModul\"><p>يجب تسجيل الدخول لكتابة تعليق على هذا الخبر ومشاركته مع القراء الآخرين.</p></div>"
        + "<div class=\"siguenos\"><p>تابعونا على تلغرام وإنستغرام وفيسبوك وتويتر لتصلكم آخر الأخبار أولا بأول.</p></div>"
        + "<div id=\"affiliateText\"><p>نحصل على عمولة إذا اشتريتم عبر الروابط في هذه الصفحة، دون كلفة إضافية عليكم.</p></div>"
        + "<div class=\"contactbox\"><p>للتواصل مع المكتب الإعلامي للوزارة: الهاتف والبريد الإلكتروني متاحان طوال الأسبوع.</p></div>"
        + "</div></article>");
    assertThat(t).contains(P1, P2, P3).doesNotContain("تسجيل الدخول", "تابعونا", "عمولة", "للتواصل");
  }

  @Test
  void aRecipesIngredientsMarkedAsSuchAreItsText() {
    // short lines, linked to products, beside the steps: schema.org markup says they are the recipe's
    String steps = "<div itemprop=\"recipeInstructions\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
    String t = text("<div class=\"recipe\"><div class=\"ingredients\"><h3>المقادير:</h3><table>"
        + "<tr itemprop=\"recipeIngredient\"><td>250 غ</td><td><a href=\"/p/1\">طحين</a></td></tr>"
        + "<tr itemprop=\"recipeIngredient\"><td>كوب</td><td><a href=\"/p/2\">حليب دافئ</a></td></tr></table>"
        + "<ul><li itemprop=\"ingredients\"><a href=\"/p/3\">ملعقة سكر</a></li></ul></div>" + steps + "</div>");
    assertThat(t).contains("طحين", "حليب دافئ", "ملعقة سكر", P1, P3);
  }

  @Test
  void aCookieConsentNamedAsOneWordGoes() {
    String notice = "نستخدم ملفات تعريف الارتباط لتحسين تجربتكم، وبمتابعة التصفح توافقون على سياسة الخصوصية.";
    String t = text("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div id=\"site-cookieconsent\"><span>" + notice + "</span></div></article>");
    assertThat(t).contains(P1, P3).doesNotContain("ملفات تعريف الارتباط");
  }

  @Test
  void teasersOfOtherStoriesInsideTheArticleGoWithTheirListsHeading() {
    String teaser = "<article><a href=\"/news/%d\"><h2>عنوان قصة أخرى رقم %d عن الطرق والجسور</h2></a>"
        + "<p>ملخص القصة الأخرى رقم %d، وفيه ما يكفي من الكلمات ليبدو فقرة من فقرات الموقع.</p></article>";
    String t = text("<div class=\"column\"><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
        + "<section><h2>أخبار ذات صلة</h2>" + teaser.formatted(1, 1, 1) + teaser.formatted(2, 2, 2) + "</section></div>");
    assertThat(t).contains(P1, P2, P3).doesNotContain("قصة أخرى", "أخبار ذات صلة");
  }

  @Test
  void aPageThatIsAListOfStoriesKeepsThem() {
    String teaser = "<article><h2><a href=\"/news/%d\">عنوان القصة رقم %d عن الطرق والجسور</a></h2><p>%s</p></article>";
    String t = text("<main>" + teaser.formatted(1, 1, P1) + teaser.formatted(2, 2, P2) + teaser.formatted(3, 3, P3) + "</main>");
    assertThat(t).contains(P1, P2, P3);
  }

  private static String withLdBody(String articleBody, String body) {
    return HtmlExtractor.extract("t.html", "<html><head><script type=\"application/ld+json\">{\"@context\":"
        + "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"اتفاق على ربط السكك الحديدية\","
        + "\"articleBody\":\"" + articleBody + "\"}</script></head><body>" + body + "</body></html>", List.of()).text();
  }

  @Test
  void aJsonLdBodyMuchLongerThanThePagesTextIsTheArticle() {
    // the page shows its lead and one paragraph; a script writes in the rest
    String more = "وأضاف الوزير أن الخط الأول سيربط العاصمة بالميناء خلال ثلاث سنوات من بدء الأعمال.";
    String t = withLdBody(LEAD + " " + P1 + " " + P2 + " " + P3 + " " + more, "<article><p>" + LEAD + "</p><p>" + P1
        + "</p></article>");
    assertThat(t).contains(P2, P3, more);
  }

  @Test
  void aJsonLdBodyAsLongAsThePagesTextLeavesThePagesParagraphs() {
    String t = withLdBody(P1 + " " + P2 + " " + P3, "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>");
    assertThat(t).contains(P1, P2, P3).doesNotContain(P1 + " " + P2);
  }
}
