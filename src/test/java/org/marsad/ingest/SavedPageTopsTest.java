package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Invented saved pages: a dateline bar of two cells (the outlet and place, then the time), a byline
 * with the date beside the writer's name, and a site strip and ticker above the headline given again.
 */
class SavedPageTopsTest {

  private static final String FIRST = "أعلنت وزارة الصحة صباح اليوم حملة وطنية للتلقيح ضد الحصبة تشمل أكثر من مليون طفل في"
      + " المدارس الابتدائية.";
  private static final String SECOND = "وقال وزير الصحة إن الحملة ستستمر ثلاثة أسابيع وإن فرقا متنقلة ستزور القرى النائية.";
  private static final String HEADLINE = "حملة وطنية للتلقيح ضد الحصبة تشمل مليون طفل";

  private static CleanArticle read(String meta, String top, String article) {
    String html = "<html><head><meta charset=\"utf-8\"><title>" + HEADLINE + "</title>" + meta + "</head><body>" + top
        + "<article><h1>" + HEADLINE + "</h1>" + article + "</article></body></html>";
    return new Pages.Reading().clean(html);
  }

  @Test
  void aDatelineBarOfTwoCellsGivesThePlaceAndTheTimeLine() {
    CleanArticle a = read("<meta property=\"og:site_name\" content=\"الحرة\">"
            + "<meta property=\"article:published_time\" content=\"2026-05-04T16:30:00Z\">", "",
        "<div class=\"dateline-bar\"><span>الحرة - الرباط</span> <time>4 مايو، 2026 الساعة 12:30 (بتوقيت واشنطن)</time></div>"
            + "<div class=\"body\"><p>" + FIRST + "</p><p>" + SECOND + "</p></div>");
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(Pages.paragraphs(a)).contains("4 مايو، 2026 الساعة 12:30 (بتوقيت واشنطن)", FIRST, SECOND);
    assertThat(a.published()).isEqualTo("2026-05-04T16:30Z");
  }

  @Test
  void theDateBesideTheWritersNameIsKeptAndTheDatelineReadUnderTheSiteTop() {
    CleanArticle a = read("<meta property=\"og:site_name\" content=\"Sahel Info\">"
            + "<meta property=\"article:published_time\" content=\"2026-05-04T10:00:00+01:00\">",
        "<div class=\"top\">ساحل إنفو | Sahel Info — Actualités du Sahel</div>"
            + "<div class=\"ticker\">آخر الأخبار: افتتاح سوق جديدة في المدينة — انطلاق موسم الحصاد في الجنوب</div>",
        "<div class=\"byline\">بقلم: سعيد عمر الحسن | الاثنين 4 مايو 2026 - 10:00</div>"
            + "<div class=\"content\"><p>نيامي — " + FIRST + "</p><p>" + SECOND + "</p></div>");
    assertThat(a.dateline()).isEqualTo("نيامي");
    assertThat(Pages.paragraphs(a)).contains("الاثنين 4 مايو 2026 - 10:00");
    assertThat(a.text()).doesNotContain("سعيد عمر الحسن");
  }
}
