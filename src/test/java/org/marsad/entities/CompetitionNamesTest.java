package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.AnalyzedText;

/**
 * A competition's or a fair's name read up to a complement with ل takes the complement in, with the
 * definite word after an indefinite one ("لكرة القدم"); other names, and words another name holds,
 * are left as read.
 */
class CompetitionNamesTest {

  private static List<TokenKeys> words(String text) {
    return TokenKeys.of(AnalyzedText.of(text, List.of()).tokens());
  }

  private static int end(List<TokenKeys> words, int from, int to) {
    return CompetitionNames.end(words, from, to, new boolean[words.size()]);
  }

  @Test
  void a_definite_complement_is_one_word() {
    // في بطولة العالم للمصارعة التي ...
    List<TokenKeys> w = words("في بطولة العالم للمصارعة التي أقيمت");
    assertThat(end(w, 1, 3)).isEqualTo(4);
  }

  @Test
  void an_indefinite_complement_takes_its_construct() {
    List<TokenKeys> w = words("وتأهل إلى كأس آسيا لكرة القدم الشهر المقبل");
    assertThat(end(w, 2, 4)).isEqualTo(6);
    assertThat(end(words("وافتتح معرض الرياض للكتاب أمس"), 1, 3)).isEqualTo(4);
  }

  @Test
  void a_name_without_a_head_noun_or_without_a_complement_ends_where_it_was_read() {
    assertThat(end(words("وارتفع الدولار الأمريكي للبرميل الواحد"), 1, 3)).isEqualTo(3);
    assertThat(end(words("في بطولة العالم التي أقيمت"), 1, 3)).isEqualTo(3);
    assertThat(end(words("في بطولة العالم لندن"), 1, 3)).isEqualTo(3); // a place, no complement
  }

  @Test
  void a_complement_another_name_holds_stays_outside() {
    List<TokenKeys> w = words("في بطولة العالم للمصارعة التي أقيمت");
    boolean[] covered = new boolean[w.size()];
    covered[3] = true;
    assertThat(CompetitionNames.end(w, 1, 3, covered)).isEqualTo(3);
  }
}
