package org.marsad.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The prepositions the layers read a sentence by ({@code text/prepositions.tsv}), by class: one
 * word a line, with every class it is in, so that a reader of Arabic sees at once what each
 * preposition is read for. The file writes the spellings people write ("على"، "إلى"); each class
 * holds them normalised ({@link ArabicNormalizer}), as every layer that reads a class looks up a
 * word's normalised form ({@code Token.norm()}), so that every spelling listed takes effect.
 */
public final class Prepositions {

  /** The classes of {@code prepositions.tsv}; the file says what each is for. */
  public enum Use { MASDAR, OBLIQUE, AFTER_VERB, COMPLEMENT, BEFORE_PLACE }

  private static final String RESOURCE = "text/prepositions.tsv";
  private static final Map<Use, Set<String>> WORDS = byUse(DataFiles.rows(RESOURCE, 2));

  private Prepositions() {}

  /** The words of one class, normalised: "على" and "علي" are both the word "علي". */
  public static Set<String> of(Use use) {
    return WORDS.get(use);
  }

  /**
   * The words of each class from rows of a word and its classes separated by spaces; a word
   * stands on one line only, so that all it is read for is seen together. Two spellings of one
   * word ("الى"، "إلى") may each have a line; the normalised word is in the classes of both.
   */
  static Map<Use, Set<String>> byUse(List<DataFiles.Row> rows) {
    Map<Use, Set<String>> words = new EnumMap<>(Use.class);
    DataFiles.byClass(rows, Use.class, "a word").forEach((u, listed) -> words.put(u,
        listed.stream().map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet())));
    return words;
  }
}
