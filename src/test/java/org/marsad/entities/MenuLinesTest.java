package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * The names on a line of a page's menu or share buttons are the page's, not the article's; the
 * same names in the article's sentences are mentions. Lines written for the test.
 */
class MenuLinesTest {

  @Test
  void the_names_of_a_share_bar_are_no_mentions() {
    String text = "شارك الخبر: فيسبوك | تويتر | واتساب | نسخ الرابط\n\nوأعلنت الشرطة اعتقال ثلاثة أشخاص في بغداد.";
    assertThat(KbOnly.mentions(text, Entity::id))
        .contains("gpe:baghdad=بغداد")
        .noneMatch(m -> m.startsWith("org:facebook") || m.startsWith("org:whatsapp"));
  }

  @Test
  void the_countries_of_a_menu_line_are_no_mentions_but_those_of_the_article_are() {
    String text = "الرئيسية | العراق | سوريا | رياضة\n\nوصل وفد من سوريا إلى عمان أمس.";
    assertThat(KbOnly.mentions(text, Entity::id)).containsOnlyOnce("country:SYR=سوريا");
  }

  @Test
  void a_follow_line_of_a_news_aggregator_is_the_pages() {
    String text = "وقعت الحكومة اتفاقا مع شركة محلية لتطوير الموانئ.\n\nتابعوا موقعنا على جوجل نيوز";
    assertThat(KbOnly.mentions(text, Entity::id)).noneMatch(m -> m.startsWith("org:google"));
    assertThat(KbOnly.mentions("وأعلنت شركة جوجل عن خدمة جديدة للأخبار.", Entity::id)).anyMatch(m -> m.startsWith("org:google"));
  }

  @Test
  void a_platform_named_in_a_sentence_is_a_mention() {
    assertThat(KbOnly.mentions("ونشرت الحركة بيانا على منصة تلغرام مساء أمس.", Entity::id)).contains("org:telegram=تلغرام");
    // two bars in a sentence of prose make no menu: its items are longer than three words
    assertThat(MenuLines.onMenuLine("قال الوزير إن الاتفاق | الذي وقع أمس في العاصمة | سينفذ قريبا جدا بعد موافقة البرلمان", 3)).isFalse();
  }

  @Test
  void a_share_or_follow_line_without_bars_is_the_pages() {
    String text = "أغلق المحتجون الطريق المؤدي إلى الميناء صباح اليوم.\n\nشارك:  فيسبوك  تويتر  واتساب\nتابعوا أخبار الجهة على تلغرام\nواتساب";
    assertThat(KbOnly.mentions(text, Entity::id))
        .noneMatch(m -> m.startsWith("org:facebook") || m.startsWith("org:whatsapp") || m.startsWith("org:telegram"));
    assertThat(MenuLines.shareLine("تابعونا على واتساب")).isTrue();
    // a network named in a sentence of prose stays a mention
    assertThat(MenuLines.shareLine("ونشر الوزير تدوينة على فيسبوك قال فيها إن الحكومة ماضية في الإصلاح")).isFalse();
    assertThat(KbOnly.mentions("ونشر الوزير تدوينة على فيسبوك.", Entity::id)).contains("org:facebook=فيسبوك");
  }
}
