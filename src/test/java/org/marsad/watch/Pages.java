package org.marsad.watch;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Article pages and feeds written for these tests. */
final class Pages {

  private Pages() {}

  static final String[] HEADLINES = {
    "وزراء الزراعة العرب يبحثون خطة لمواجهة الجفاف",
    "افتتاح معرض دولي للكتاب بمشاركة خمسين دولة",
    "البنك المركزي يبقي سعر الفائدة دون تغيير",
    "انطلاق حملة وطنية لتشجير المدن الساحلية",
  };

  /** An article page: headline, date, two paragraphs, and some furniture around them. */
  static String article(String headline, String paragraph) {
    return "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>" + headline + " | موقع التجربة</title>"
        + "<meta property=\"og:title\" content=\"" + headline + "\">"
        + "<meta property=\"article:published_time\" content=\"2026-03-02T08:00:00Z\"></head><body>"
        + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/sport\">رياضة</a></nav><article><h1>" + headline + "</h1>"
        + "<p>" + paragraph + "</p>"
        + "<p>وأضاف المتحدث أن اللجنة ستعقد اجتماعها المقبل في نهاية الشهر الجاري لمراجعة ما تحقق من خطوات.</p>"
        + "</article><footer>جميع الحقوق محفوظة</footer></body></html>";
  }

  static String paragraph(int i) {
    return "قال مسؤول في الوزارة اليوم إن الخطة رقم " + i + " تشمل إنشاء سدود صغيرة وتوسيع شبكات الري الحديثة في"
        + " المناطق الأكثر تضررا من تراجع الأمطار خلال السنوات الأخيرة.";
  }

  /** An RSS 2.0 feed of these links. */
  static String rss(List<URI> links) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>موقع التجربة</title><link>http://127.0.0.1/</link><description>أخبار</description>");
    int i = 0;
    for (URI u : links) {
      b.append("<item><title>خبر ").append(++i).append("</title><link>").append(u).append("</link></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  /** An XML sitemap of these links, each with its last-modified time. */
  static String sitemap(List<URI> links, Instant lastmod) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (URI u : links) {
      b.append("<url><loc>").append(u).append("</loc><lastmod>").append(lastmod).append("</lastmod></url>");
    }
    return b.append("</urlset>").toString();
  }
}
