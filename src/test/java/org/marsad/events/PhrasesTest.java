package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/** Phrases found by their first word: the longest wins, the conjunction and (when asked) the clitics are taken off. */
class PhrasesTest {

  private static List<String> norms(String sentence) {
    return List.of(ArabicNormalizer.normalize(sentence).split(" "));
  }

  @Test
  void the_longest_phrase_at_a_word_wins_and_its_first_word_may_carry_a_conjunction() {
    Phrases p = new Phrases();
    p.add("على الرغم");
    p.add("على الرغم من");
    p.add("لن");
    List<String> words = norms("وعلى الرغم من ذلك قال إنه لن يعود ولن يبقى");
    assertThat(p.matchAt(words, 0)).isEqualTo(3);
    assertThat(p.matchAt(words, 1)).isZero();
    assertThat(p.matchAt(words, 6)).isEqualTo(1);
    assertThat(p.matchAt(words, 7)).isZero();
    assertThat(p.matchAt(words, 8)).isEqualTo(1);
    assertThat(p.matchAt(words, words.size())).isZero();
    assertThat(p.covers(words, 2, 2)).isTrue();
    assertThat(p.covers(words, 4, 3)).isFalse();
  }

  @Test
  void a_list_with_clitics_takes_prepositions_and_the_article_on_every_word() {
    Phrases p = Phrases.withClitics();
    p.add("إطلاق نار");
    p.add("رصاص");
    List<String> words = norms("قتل بالرصاص بعد إطلاق النار وللرصاص صوت");
    assertThat(p.matchAt(words, 1)).isEqualTo(1);
    assertThat(p.matchAt(words, 3)).isEqualTo(2);
    assertThat(p.matchAt(words, 5)).isEqualTo(1);
    assertThat(p.matchAt(words, 6)).isZero();
  }

  @Test
  void a_list_with_clitics_takes_the_conjunction_off_a_word_of_two_letters() {
    Phrases p = Phrases.withClitics();
    p.add("شن");
    List<String> words = norms("وشن الجيش غارات فشن غارات أخرى ووشن");
    assertThat(p.matchAt(words, 0)).isEqualTo(1);
    assertThat(p.matchAt(words, 3)).isEqualTo(1);
    assertThat(p.matchAt(words, 1)).isZero();
    assertThat(p.matchAt(words, 6)).isZero();
  }
}
