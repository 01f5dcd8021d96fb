package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.text.Prepositions.Use;

class PrepositionsTest {

  private static Map<Use, Set<String>> read(String file) {
    List<DataFiles.Row> rows = DataFiles.rows(
        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "prepositions.tsv", 2);
    return Prepositions.byUse(rows);
  }

  @Test
  void aWordIsInEveryClassItsLineNames() {
    Map<Use, Set<String>> words = read("# a comment\nمن\tmasdar oblique after-verb\nبين\toblique\n");
    assertThat(words.get(Use.MASDAR)).containsExactly("من");
    assertThat(words.get(Use.OBLIQUE)).containsExactlyInAnyOrder("من", "بين");
    assertThat(words.get(Use.AFTER_VERB)).containsExactly("من");
    assertThat(words.get(Use.COMPLEMENT)).isEmpty();
  }

  @Test
  void anUnknownClassNamesTheFileTheLineAndTheClasses() {
    assertThatThrownBy(() -> read("من\tmasdar\nعن\tobliqe\n"))
        .hasMessageContaining("prepositions.tsv:2")
        .hasMessageContaining("masdar, oblique, after-verb, complement");
  }

  @Test
  void aWordListedTwiceIsAnErrorThatNamesItsFirstLine() {
    assertThatThrownBy(() -> read("من\tmasdar\nفي\toblique\nمن\tcomplement\n"))
        .hasMessageContaining("prepositions.tsv:3")
        .hasMessageContaining("line 1");
  }

  @Test
  void theClassesDifferWhereTheLayersReadThemDifferently() {
    // "بين" opens the two parties of a joint act: an oblique party, but no verbal noun after it
    assertThat(Prepositions.of(Use.OBLIQUE)).contains("بين", "مع", "ضد");
    assertThat(Prepositions.of(Use.MASDAR)).doesNotContain("بين").contains("بشان", "خلال");
    // nouns of time and cause after a verb of detention ("سجن لمدة عامين") are no complement of a charge
    assertThat(Prepositions.of(Use.AFTER_VERB)).contains(ArabicNormalizer.normalize("لمدة"), "منذ", "بسبب");
    assertThat(Prepositions.of(Use.COMPLEMENT)).contains("ب", "من", "عن").doesNotContain(ArabicNormalizer.normalize("لمدة"), "في");
  }

  @Test
  void aWordWrittenWithAlefMaqsuraOrHamzaIsFoundByItsNormalisedForm() {
    // the layers look up a word's normalised form: "لدى" in the text is the word "لدي"
    Map<Use, Set<String>> words = read("لدى\toblique\nإلى\tcomplement\nالي\tmasdar\n");
    assertThat(words.get(Use.OBLIQUE)).containsExactly(ArabicNormalizer.normalize("لدى"));
    // two spellings of one word, each on its own line: the word is in the classes of both
    assertThat(words.get(Use.COMPLEMENT)).containsExactly("الي");
    assertThat(words.get(Use.MASDAR)).containsExactly("الي");
  }

  @Test
  void everySpellingTheFileListsTakesEffect() {
    // "كتب إلى الوزير"، "الوثائق لدى الشرطة": the words as the text is read
    assertThat(Prepositions.of(Use.COMPLEMENT)).contains(ArabicNormalizer.normalize("إلى"), ArabicNormalizer.normalize("على"));
    assertThat(Prepositions.of(Use.OBLIQUE)).contains(ArabicNormalizer.normalize("لدى"));
    for (Use use : Use.values()) {
      assertThat(Prepositions.of(use)).allMatch(w -> w.equals(ArabicNormalizer.normalize(w)));
    }
  }
}
