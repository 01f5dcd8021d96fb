package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * Knowledge added for unseen news: the foreign ministries' spokespeople quoted daily, European heads
 * of government and foreign ministers, Colombia's president, the Sahel's heads of state, upper houses named with their
 * country's nisba, and armed groups of the news of attacks. Over the standard knowledge base, without
 * the model; the sentences are invented.
 */
class SpokespeopleAndArmedGroupsTest {

  @Test
  void spokespeople_and_ministers_are_linked_by_their_full_names() {
    assertThat(KbOnly.mentions("وقال المتحدث باسم الخارجية الصينية غوه جيا كون إن بلاده قلقة .", Entity::id))
        .contains("person:guo-jiakun=غوه جيا كون");
    assertThat(KbOnly.mentions("ورد المتحدث باسم الخارجية الهندية راندهير جايسوال على الاتهامات .", Entity::id))
        .contains("person:randhir-jaiswal=راندهير جايسوال");
    assertThat(KbOnly.mentions("وقال الرئيس الكولومبي غوستافو بيترو إن المحادثات علقت .", Entity::id))
        .contains("person:gustavo-petro=غوستافو بيترو");
    assertThat(KbOnly.mentions("وأكد وزير الخارجية الليتواني كيستوتيس بودريس أن الحدود ستغلق .", Entity::id))
        .contains("person:kestutis-budrys=كيستوتيس بودريس");
  }

  @Test
  void a_bare_surname_that_meets_an_everyday_word_is_not_listed() {
    // "غويتا" without long vowels meets "قوات" once غ ج ق are folded
    assertThat(KbOnly.mentions("وانتشرت قوات الأمن في الشوارع .", Entity::id))
        .noneMatch(m -> m.startsWith("person:assimi-goita="));
  }

  @Test
  void upper_houses_and_armed_groups_are_organisations_of_their_country() {
    assertThat(KbOnly.mentions("وصوت مجلس الشيوخ الباكستاني على القرار .", Entity::id))
        .contains("org:senate-pakistan=مجلس الشيوخ الباكستاني");
    assertThat(KbOnly.mentions("وانتشرت قوات الحزام الأمني في شوارع المدينة .", Entity::id))
        .contains("org:security-belt=قوات الحزام الأمني");
    assertThat(KbOnly.mentions("وتبنى جيش التحرير الوطني الكولومبي الهجوم على القاعدة .", Entity::id))
        .contains("org:eln=جيش التحرير الوطني الكولومبي");
  }
}
