package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Arabic word the code compares with a normalised word is itself in the normal form of
 * {@link ArabicNormalizer}: a word's {@code norm}, a word of {@code norms} or an entity key never
 * holds أ إ آ ى ة ؤ ئ nor a tatweel, so "ثنائي" compared with one never matches (its norm is
 * "ثنايي"). The data files need no such test: each loader normalises what it reads, and
 * {@code events.GrammarEntriesTest} reads every entry of {@code events/grammar.tsv} back.
 */
class NormalisedKeysTest {

  /** An expression that holds a normalised word, then a comparison with a string literal. */
  private static final Pattern COMPARED = Pattern.compile(
      "(?:\\.norm\\([^()]*\\)|\\bnorms?\\.get\\([^()]*\\)|\\bnorms?\\[[^\\]]*\\]|\\.key\\(\\)|\\b(?:norm|n|k)\\b)"
          + "\\.(?:equals|startsWith|endsWith|contains)\\(\"([^\"]+)\"");

  @Test
  void theArabicWordsComparedWithNormalisedWordsAreNormalised() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = COMPARED.matcher(lines.get(i));
          while (m.find()) {
            String word = m.group(1);
            if (!ArabicNormalizer.normalize(word).equals(word)) {
              found.add(f + ":" + (i + 1) + ": \"" + word + "\", normalised \"" + ArabicNormalizer.normalize(word) + "\"");
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theTestFindsAWordWithAHamzaComparedWithANorm() {
    Matcher m = COMPARED.matcher("return s.norm(i + 1).equals(\"أن\");");
    assertThat(m.find()).isTrue();
    assertThat(ArabicNormalizer.normalize(m.group(1))).isNotEqualTo(m.group(1));
  }
}
