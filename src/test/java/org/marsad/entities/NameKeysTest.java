package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void the_letters_of_a_foreign_g_are_one_letter() {
    assertThat(NameKeys.key("شويغو")).isEqualTo(NameKeys.key("شويجو")).isEqualTo(NameKeys.key("شويقو"));
  }

  @Test
  void hamza_alef_maqsura_and_ta_marbuta_fold_as_the_normaliser_does() {
    assertThat(NameKeys.key("أوساكا")).isEqualTo(NameKeys.key("اوساكا"));
    assertThat(NameKeys.key("مصطفى")).isEqualTo(NameKeys.key("مصطفي"));
    assertThat(NameKeys.key("حمزة")).isEqualTo(NameKeys.key("حمزه"));
  }

  @Test
  void the_skeleton_drops_long_vowels_inside_a_name_but_not_in_short_words() {
    assertThat(NameKeys.skeleton(NameKeys.key("ترامب"))).isEqualTo(NameKeys.skeleton(NameKeys.key("ترمب")));
    assertThat(NameKeys.skeleton(NameKeys.key("نتانياهو"))).isEqualTo(NameKeys.skeleton(NameKeys.key("نتنياهو")));
    assertThat(NameKeys.skeleton("عبس")).isEqualTo("عبس");
    assertThat(NameKeys.skeleton(NameKeys.key("عباس"))).isNotEqualTo("عبس");
  }

  @Test
  void a_word_with_the_article_keeps_the_letter_after_it_in_its_skeleton() {
    // with every long vowel dropped, "الإمارات" and "أولمرت" were one skeleton
    assertThat(NameKeys.skeleton(NameKeys.key("الإمارات"))).isNotEqualTo(NameKeys.skeleton(NameKeys.key("أولمرت")));
    assertThat(NameKeys.skeleton(NameKeys.key("البرادعي"))).isEqualTo(NameKeys.skeleton(NameKeys.key("البرادعى")));
  }

  @Test
  void latin_acronyms_keep_their_case_and_other_words_are_lower_cased() {
    assertThat(NameKeys.key("UN")).isEqualTo("^UN");
    assertThat(NameKeys.key("Tokyo")).isEqualTo("tokyo");
    assertThat(NameKeys.key("diet")).isNotEqualTo(NameKeys.key("Diet"));
  }

  @Test
  void a_romanised_arabic_name_and_its_english_spelling_share_their_consonants() {
    assertThat(NameKeys.latinSkeleton("فوميو كيشيدا")).isEqualTo(NameKeys.latinSkeleton("Fumio Kishida"));
    assertThat(NameKeys.latinSkeleton("تارو كونو")).isEqualTo(NameKeys.latinSkeleton("Taro Kono"));
  }

  @Test
  void the_words_of_one_kind_of_a_list_are_read_as_keys_and_the_others_left_out() {
    assertThat(NameKeys.keysOfKind("entities/name-connectors.tsv", "lineage"))
        .containsExactlyInAnyOrder(NameKeys.key("بن"), NameKeys.key("ابن"), NameKeys.key("آل"));
    assertThat(NameKeys.keysOfList("entities/name-connectors.tsv")).contains(NameKeys.key("أبو"), NameKeys.key("آل"));
  }
}
