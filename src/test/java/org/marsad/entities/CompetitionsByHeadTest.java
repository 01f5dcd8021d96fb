package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * "بطولة" without the article and the definite words after it name a competition no list holds,
 * the head inside the name, as ANERcorp annotates it: the first word with the article, then
 * adjectives of the nisba's or the ordinal's shape, then a complement with ل. A starring role
 * ("بطولة المسلسل") and the noun with the article ("البطولة") name nothing. Over the standard
 * knowledge base, without the model, so that what is asserted is the rule.
 */
class CompetitionsByHeadTest {

  /** "type=mention text" for every mention found in {@code text}. */
  private static List<String> mentions(String text) {
    return KbOnly.mentions(text, Entity::type);
  }

  @Test
  void the_head_and_its_definite_words_and_adjectives_are_one_name() {
    assertThat(mentions("وتوج الفريق ببطولة الدوري المحلي بعد فوزه الأخير."))
        .contains("MISC=بطولة الدوري المحلي");
    assertThat(mentions("ويستعد النادي لخوض بطولة المجموعة الوطنية الأولى الأسبوع المقبل."))
        .contains("MISC=بطولة المجموعة الوطنية الأولى");
  }

  @Test
  void a_complement_with_lam_closes_the_name_but_not_an_everyday_phrase() {
    assertThat(mentions("وشارك المنتخب في بطولة الأندية العربية لكرة اليد الشهر الماضي."))
        .contains("MISC=بطولة الأندية العربية لكرة اليد");
    assertThat(mentions("وفاز الفريق ببطولة الدوري للمرة الثالثة."))
        .contains("MISC=بطولة الدوري").noneMatch(m -> m.contains("للمرة"));
  }

  @Test
  void a_starring_role_and_the_noun_with_the_article_name_nothing() {
    assertThat(mentions("وتتولى الممثلة بطولة المسلسل الجديد هذا العام.")).noneMatch(m -> m.contains("بطولة"));
    assertThat(mentions("وانسحب الفريق من البطولة الموسم الماضي.")).noneMatch(m -> m.contains("البطولة"));
  }
}
