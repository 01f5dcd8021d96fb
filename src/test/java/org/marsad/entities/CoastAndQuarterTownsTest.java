package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * Somalia's Shabelle towns, Yemen's Hodeidah districts, Tripoli's two quarters, the Niles and the gulfs
 * of the coasts, by the knowledge base.
 */
class CoastAndQuarterTownsTest {

  @Test
  void towns_and_quarters_are_found_with_their_country() {
    assertThat(KbOnly.mentions("وانفجرت عبوة على الطريق بين بلعد ومقديشو.", Entity::country))
        .contains("SOM=بلعد");
    assertThat(KbOnly.mentions("وسقطت قذائف على قرى مديرية التحيتا جنوبي الحديدة.", Entity::country))
        .anyMatch(m -> m.startsWith("YEM=") && m.contains("التحيتا"));
    assertThat(KbOnly.mentions("وتجددت الاشتباكات بين باب التبانة وجبل محسن ليلا.", Entity::type))
        .contains("LOC=باب التبانة", "LOC=جبل محسن");
  }

  @Test
  void a_name_that_is_a_word_needs_its_kind() {
    assertThat(KbOnly.mentions("وأطلق الشيخ اللحية وارتدى الثوب.", Entity::type)).noneMatch(m -> m.contains("اللحية"));
    assertThat(KbOnly.mentions("ورست السفينة في ميناء الخوخة صباحا.", Entity::country))
        .anyMatch(m -> m.startsWith("YEM=") && m.contains("الخوخة"));
  }

  @Test
  void the_niles_and_the_gulfs_by_their_full_names() {
    assertThat(KbOnly.mentions("وعبرت القوات إلى الضفة الغربية لنهر النيل الأزرق فجرا.", Entity::id))
        .anyMatch(m -> m.startsWith("loc:blue-nile="));
    assertThat(KbOnly.mentions("وانقطعت الكهرباء في ولايات النيل الأبيض وسنار.", Entity::id))
        .anyMatch(m -> m.startsWith("gpe:white-nile-state="));
    assertThat(KbOnly.mentions("وضبطت الدورية قاربا في خليج قابس ليلا.", Entity::id))
        .anyMatch(m -> m.startsWith("loc:gulf-of-gabes="));
  }
}
