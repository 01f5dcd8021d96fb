package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.text.Affixes.Kind;

class AffixesTest {

  private static Map<Kind, List<String>> read(String file) {
    List<DataFiles.Row> rows = DataFiles.rows(
        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "affixes.tsv", 2);
    return Affixes.byKind(rows);
  }

  @Test
  void lettersAreInEveryClassTheirLineNamesInTheOrderOfTheFile() {
    Map<Kind, List<String>> kinds = read("# a comment\nها\tevent-word third-singular\nه\tthird-singular\nكم\tevent-word\n");
    assertThat(kinds.get(Kind.THIRD_SINGULAR)).containsExactly("ها", "ه");
    assertThat(kinds.get(Kind.EVENT_WORD)).containsExactly("ها", "كم");
    assertThat(kinds.get(Kind.NISBA)).isEmpty();
  }

  @Test
  void anUnknownClassNamesTheFileTheLineAndTheClasses() {
    assertThatThrownBy(() -> read("و\tconjunction\nه\tthird-singler\n"))
        .hasMessageContaining("affixes.tsv:2")
        .hasMessageContaining("conjunction, preposition, article");
  }

  @Test
  void lettersListedTwiceAreAnErrorThatNamesTheirFirstLine() {
    assertThatThrownBy(() -> read("ها\tthird-singular\nه\tthird-singular\nها\tevent-word\n"))
        .hasMessageContaining("affixes.tsv:3")
        .hasMessageContaining("line 1");
  }

  @Test
  void theProcliticsSplitLetterByLetterAreSingleLettersAndTheArticleIsOne() {
    assertThatThrownBy(() -> read("وب\tconjunction\n")).hasMessageContaining("affixes.tsv:1").hasMessageContaining("one letter");
    assertThatThrownBy(() -> read("ال\tarticle\nأل\tarticle\n")).hasMessageContaining("affixes.tsv:2");
  }

  @Test
  void theFileSaysWhatTheSplitterTakesOff() {
    assertThat(Affixes.of(Kind.CONJUNCTION)).containsExactly("و", "ف");
    assertThat(Affixes.of(Kind.PREPOSITION)).containsExactly("ب", "ل", "ك");
    assertThat(Affixes.of(Kind.ARTICLE)).containsExactly("ال");
    // "فكرئيس": the conjunction, then the preposition, as the file lists them
    assertThat(Clitics.readings("فكرئيس")).contains(new Clitics.Reading(2, "رئيس"));
  }

  @Test
  void aWordOpensWithAConjunctionOrAPrepositionOnTheArticleAsTheFileListsThem() {
    assertThat(Clitics.opensWithConjunction("فاكد")).isTrue();
    assertThat(Clitics.opensWithConjunction("بروسيا")).isFalse();
    assertThat(Clitics.opensWithConjunction("")).isFalse();
    // "للحكومة": ل takes the alef of the article; "لندن" and "والحكومة" do not open so
    assertThat(Clitics.opensWithPrepositionOnArticle("للحكومه")).isTrue();
    assertThat(Clitics.opensWithPrepositionOnArticle("بالعاصمه")).isTrue();
    assertThat(Clitics.opensWithPrepositionOnArticle("كالعاده")).isTrue();
    assertThat(Clitics.opensWithPrepositionOnArticle("لندن")).isFalse();
    assertThat(Clitics.opensWithPrepositionOnArticle("والحكومه")).isFalse();
    assertThat(Clitics.opensWithPreposition("بالفساد")).isTrue();
    assertThat(Clitics.opensWithPreposition("كاذبه")).isTrue(); // a letter of the form, not told from the preposition
    assertThat(Clitics.opensWithPreposition("وزير")).isFalse();
    assertThat(Clitics.withoutPreposition("لتعزيز")).isEqualTo("تعزيز");
    assertThat(Clitics.withoutPreposition("لها")).isEqualTo("لها");
    assertThat(Clitics.withoutPreposition("تعزيز")).isEqualTo("تعزيز");
  }

  @Test
  void theClassesDifferWhereTheLayersReadThemDifferently() {
    // وك is set aside before a word of the register ("وكذلك"), not before a body's head noun
    assertThat(Affixes.of(Kind.REGISTER)).contains("وك").doesNotContain("ال", "بال");
    assertThat(Affixes.of(Kind.NOUN_HEAD)).contains("وبال", "فلل", "ال").doesNotContain("وك", "وكال");
    // "للجيش"، "بالشرطة": a party governed by a preposition on the article; كال is not read there
    assertThat(Affixes.of(Kind.OBLIQUE)).containsExactly("بال", "لل");
    // "إنني" opens what is said; ني is no ending of an event word ("زيارتني" is not read)
    assertThat(Affixes.of(Kind.AFTER_THAT)).contains("ني", "هن");
    assertThat(Affixes.of(Kind.EVENT_WORD)).containsExactly("هما", "هم", "ها", "ه", "نا", "كم");
    // "وسلمته": ته marks a verb; a bare ه does not, as ة is read as ه ("وزارة")
    assertThat(Affixes.of(Kind.MARKS_VERB)).contains("ته", "تها").doesNotContain("ه");
    assertThat(Affixes.of(Kind.THIRD_SINGULAR)).containsExactly("ها", "ه");
    assertThat(Affixes.of(Kind.VERB_OBJECT)).containsExactlyInAnyOrder("ه", "ها", "هم", "هما", "هن");
  }

  @Test
  void theNisbaEndingsKeepTheTaMarbutaAndTheirOrder() {
    assertThat(Affixes.of(Kind.NISBA)).containsExactly("ة", "ون", "ين", "ات", "ان", "تان", "تين");
  }
}
