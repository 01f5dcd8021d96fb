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

  private static final String P1 = "أعلنت وزارة النقل اليوم عن خطة لتوسيع شبكة القطارات بين المدن الكبرى، تشمل ثلاثة خطوط"
      + " جديدة تربط العاصمة بالموانئ الرئيسية خلال السنوات الخمس المقبلة.";
  private static final String P2 = "وقال وزير النقل في مؤتمر صحفي إن تكلفة المشروع تقدر بملياري دولار، وإن التمويل سيأتي"
      + " من شراكة بين القطاعين العام والخاص.";
  private static final String P3 = "وأشار إلى أن الأعمال الإنشائية ستبدأ في الربيع المقبل بعد استكمال الدراسات الفنية"
      + " والبيئية اللازمة للمسارات الثلاثة.";

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
}
