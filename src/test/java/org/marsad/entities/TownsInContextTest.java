package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * A town whose name alone is an everyday word is the town where the article names its country and
 * the word is no adjective of a definite noun. The sentences are invented.
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

}
