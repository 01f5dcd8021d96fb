package org.marsad.entities;

import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Compound given names that end with "الله" ({@code given-names-with-allah.tsv}): "ذبيح الله"،
 * "حبيب الله"، "عطاء الله". The first word and "الله" are one given name, which the model, reading
 * "الله" alone, splits.
 */
final class GivenNamesWithAllah {

  /** The first words of {@code given-names-with-allah.tsv}, read once. */
  static final GivenNamesWithAllah LISTED = new GivenNamesWithAllah();

  private static final String ALLAH = NameKeys.keyOfNormalized(ArabicNormalizer.normalize("الله"));

  private final Set<String> firstWords;

  private GivenNamesWithAllah() {
    this.firstWords = NameKeys.keysOfList("entities/given-names-with-allah.tsv");
  }

  /**
   * Whether words {@code i} and {@code i + 1} are such a given name: a listed first word, written
   * alone or after "و" ("وحبيب الله"), and "الله". "بفضل الله" (thanks to God) is none.
   */
  boolean startsAt(List<TokenKeys> words, int i) {
    if (i + 1 >= words.size() || !words.get(i + 1).key().equals(ALLAH)) {
      return false;
    }
    String k = words.get(i).key();
    return firstWords.contains(k) || afterWaw(k);
  }

  /** Whether key {@code k} is "و" and a listed first word ("وحبيب"): the name begins after the "و". */
  boolean afterWaw(String k) {
    return !firstWords.contains(k) && k.startsWith("و") && firstWords.contains(k.substring(1));
  }
}
