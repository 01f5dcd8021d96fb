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
    assertThat(Prepositions.of(Use.AFTER_VERB)).contains("لمدة", "منذ", "بسبب");
    assertThat(Prepositions.of(Use.COMPLEMENT)).contains("ب", "من", "عن").doesNotContain("لمدة", "في");
  }
}
