package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.marsad.doc.Entity;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/** Whatever the text, the recogniser answers, and every mention is exactly a piece of the text. */
class EntityRecognizerPropertiesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.load("entities-fixture"));

  @Property(tries = 300)
  void mentions_are_pieces_of_the_text(
      @ForAll @StringLength(max = 300) @CharRange(from = '\u0621', to = '\u0652')
      @Chars({' ', '،', ',', '(', ')', '.', '\n', 'ـ', 'A', 'r', 's', '\''}) String text) {
    List<Entity> entities = RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items();
    for (Entity e : entities) {
      assertThat(e.mentions()).isNotEmpty();
      for (Mention m : e.mentions()) {
        assertThat(m.start()).isLessThan(m.end());
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Property(tries = 200)
  void known_names_between_random_words_are_found_with_exact_offsets(
      @ForAll @StringLength(max = 40) @CharRange(from = '\u0621', to = '\u064A') @Chars({' '}) String before) {
    String text = before + " وبروسيا والولايات المتحدة ";
    List<Entity> entities = RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items();
    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .contains("روسيا", "الولايات المتحدة");
  }
}
