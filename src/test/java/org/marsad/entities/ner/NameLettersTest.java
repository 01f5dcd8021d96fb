package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The letter models of names against everyday words, on words written for the test. */
class NameLettersTest {

  /** Spanish family names in Arabic letters, and everyday feminine nouns (normalised: ة as ه). */
  private static final List<String> NAMES = List.of("فيرنانديز", "رودريغيز", "غونزاليز", "هيرنانديز", "دومينغيز",
      "بيريز", "لوبيز", "ماركيز", "سانشيز", "رامريز");
  private static final List<String> WORDS = List.of("حكومه", "وزاره", "مدينه", "سياسه", "جامعه", "مصلحه",
      "مرحله", "قضيه", "مسأله", "حمله", "شركه", "دوله");

  @Test
  void a_name_never_seen_looks_like_a_name_and_an_everyday_word_never_seen_like_a_word() {
    NameLetters letters = NameLetters.of(NAMES, WORDS);
    assertThat(letters.logOdds("مارتينيز")).isGreaterThan(3);
    assertThat(letters.logOdds("منطقه")).isLessThan(-3);
    assertThat(letters.bucket("مارتينيز")).isPositive();
    assertThat(letters.bucket("منطقه")).isNegative();
    // the buckets stop at the limit however long the word
    assertThat(letters.bucket("فيرنانديزفيرنانديزفيرنانديزفيرنانديز")).isEqualTo(6);
  }

  @Test
  void each_word_counts_once_however_often_it_is_given() {
    NameLetters once = NameLetters.of(NAMES, WORDS);
    List<String> twice = new java.util.ArrayList<>(NAMES);
    twice.addAll(NAMES);
    assertThat(NameLetters.of(twice, WORDS).logOdds("مارتينيز")).isEqualTo(once.logOdds("مارتينيز"));
  }

  @Test
  void no_models_give_no_bucket() {
    assertThat(NameLetters.empty().bucket("مارتينيز")).isEqualTo(NameLetters.NONE);
    assertThat(NameLetters.of(Set.of(), Set.of()).isEmpty()).isTrue();
  }

  @Test
  void the_models_are_written_and_read_the_same() throws IOException {
    NameLetters letters = NameLetters.of(NAMES, WORDS);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      letters.write(out);
    }
    NameLetters read = NameLetters.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read.sameAs(letters)).isTrue();
    assertThat(read.logOdds("مارتينيز")).isEqualTo(letters.logOdds("مارتينيز"));
    assertThat(read.sameAs(NameLetters.of(NAMES.subList(1, NAMES.size()), WORDS))).isFalse();
  }

  @Test
  void the_names_outside_the_labelled_data_hold_regions_cities_and_the_knowledge_base() {
    Set<String> names = LetterSources.knownNames();
    // a region CLDR names, a city of its time zones, a given name, a person of people.tsv (stems, normalised)
    assertThat(names).contains("بيرو", "بوينس", "محمد", "لافروف");
  }
}
