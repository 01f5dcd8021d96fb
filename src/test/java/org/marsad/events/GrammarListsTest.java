package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The closed lists of {@code events/grammar.tsv}: each word in its normalised form, as written,
 * and a list does not take the class of a word in the map the coder reads roles by.
 */
class GrammarListsTest {

  @Test
  void thatIsReadNormalisedWithEachSeatOfItsHamza() {
    assertThat(Cues.words(Cues.WordClass.THAT)).containsExactlyInAnyOrder("ان", "بان");
  }

  @Test
  void theFormsOfThatHeAndThatTheyAreApart() {
    assertThat(Cues.words(Cues.WordClass.THAT_HE)).containsExactlyInAnyOrder("انه", "انها", "بانه", "بانها");
    assertThat(Cues.words(Cues.WordClass.THAT_THEY)).containsExactlyInAnyOrder("انهم", "بانهم");
  }

  @Test
  void aListHoldsItsFormsWithTheirConjunctionsAndNoOthers() {
    assertThat(Cues.words(Cues.WordClass.DONE)).containsExactlyInAnyOrder("تم", "وتم", "فتم", "سيتم", "وسيتم", "جري",
        "وجري");
    assertThat(Cues.words(Cues.WordClass.BEFORE)).containsExactlyInAnyOrder("قبل", "وقبل", "فقبل");
    assertThat(Cues.words(Cues.WordClass.QUOTED_AFTER)).containsExactlyInAnyOrder("مع", "الي", "علي", "ضد", "ل", "ب");
    assertThat(Cues.words(Cues.WordClass.HEDGE)).containsExactlyInAnyOrder("اكثر", "من", "نحو", "حوالي", "قرابه",
        "زهاء");
  }

  @Test
  void aWordOfAListKeepsTheClassItHasAbove() {
    // "أن" and "كما" open a clause (opener) and are also in the lists of that, clause-start, verbal-particle
    Cues cues = new Cues();
    assertThat(Cues.words(Cues.WordClass.VERBAL_PARTICLE)).contains("كما");
    assertThat(Cues.words(Cues.WordClass.CLAUSE_START)).contains("ان");
    assertThat(cues.classOf("كما")).isEqualTo(Cues.WordClass.OPENER);
    assertThat(cues.classOf("ان")).isEqualTo(Cues.WordClass.OPENER);
    // a word only in lists has no class: "زهاء" is a hedge only
    assertThat(cues.classOf("زهاء")).isNull();
  }

  @Test
  void aClassThatIsNoListIsRefused() {
    assertThatThrownBy(() -> Cues.words(Cues.WordClass.TITLE)).isInstanceOf(IllegalArgumentException.class);
  }
}
