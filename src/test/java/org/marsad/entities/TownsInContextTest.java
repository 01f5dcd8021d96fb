package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * A town whose name alone is an everyday word is the town where the article names its country and
 * the word is no adjective of a definite noun; a name two states' bodies share stands for the one
 * whose country the article names; outlets whose names hold another name are read whole. The
 * sentences are invented.
 */
class TownsInContextTest {

  @Test
  void a_town_named_by_an_everyday_word_is_read_where_its_country_is_named() {
    assertThat(KbOnly.mentions("وأغلق محتجون الطريق الساحلي قرب الزاوية احتجاجا على نقص الوقود في ليبيا.", Entity::id))
        .contains("gpe:zawiya=الزاوية");
    assertThat(KbOnly.mentions("ووقف المصور في الزاوية المقابلة للملعب.", Entity::id))
        .noneMatch(m -> m.startsWith("gpe:zawiya"));
    // a definite word after it is its adjective: the corner, even in news of Libya
    assertThat(KbOnly.mentions("وسدد المهاجم كرة سكنت الزاوية اليسرى في مباراة منتخب ليبيا أمس.", Entity::id))
        .noneMatch(m -> m.startsWith("gpe:zawiya"));
  }

  @Test
  void the_adjective_of_a_definite_noun_is_no_town() {
    assertThat(KbOnly.mentions("وانتشر جنود بالخوذ الزرقاء على الحدود الأردنية السورية.", Entity::id))
        .noneMatch(m -> m.startsWith("gpe:zarqa"));
    assertThat(KbOnly.mentions("ونقل المصابون إلى مستشفى في الزرقاء شمال شرق عمّان الأردنية.", Entity::id))
        .contains("gpe:zarqa=الزرقاء");
  }

  @Test
  void a_government_two_states_have_named_so_is_the_one_of_the_country_named() {
    assertThat(KbOnly.mentions("وجدد الحزب في تونس مساندته لحكومة الوحدة الوطنية في إصلاحاتها.", Entity::id))
        .contains("org:tunisia-gnu=حكومة الوحدة الوطنية");
    assertThat(KbOnly.mentions("وقالت حكومة الوحدة الوطنية إن الهدنة في طرابلس صامدة وإن ليبيا لن تعود للحرب.", Entity::id))
        .contains("org:libya-gnu=حكومة الوحدة الوطنية");
    // news of neither state: no body the lists can tell
    assertThat(KbOnly.mentions("وتشكلت حكومة الوحدة الوطنية بعد اتفاق الفصائل في مكة.", Entity::id))
        .noneMatch(m -> m.endsWith("-gnu=حكومة الوحدة الوطنية"));
  }

  @Test
  void an_outlet_holding_a_clubs_or_a_rivers_name_is_read_whole() {
    assertThat(KbOnly.mentions("وقال مصدر محلي لموقع زمان الوصل إن الاشتباكات توقفت.", Entity::id))
        .contains("org:zaman-al-wasl=زمان الوصل").noneMatch(m -> m.startsWith("org:al-wasl"));
    assertThat(KbOnly.mentions("بغداد - الفرات نيوز: وصل وفد حكومي إلى البصرة.", Entity::id))
        .contains("org:alforat-news=الفرات نيوز").noneMatch(m -> m.startsWith("loc:euphrates"));
  }

  @Test
  void a_states_police_and_army_by_their_nisba() {
    assertThat(KbOnly.mentions("واعتقلت الشرطة الإسرائيلية ثلاثة شبان بعد المواجهات.", Entity::id))
        .contains("org:israel-police=الشرطة الإسرائيلية");
    assertThat(KbOnly.mentions("وأعلن الجيش الجزائري تدمير مخبأ للأسلحة في الجنوب.", Entity::id))
        .contains("org:algeria-anp=الجيش الجزائري");
  }
}
