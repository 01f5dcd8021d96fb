package org.marsad.quotes;

import java.util.HashSet;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;

/**
 * The particles that open reported speech (أن، إن، بأن...), from
 * {@code quotes/complementizers.tsv}, with a pronoun joined or not ("أنه"). Compared with
 * diacritics removed but hamza kept, so that "آن" (time) is never a particle.
 */
final class Complementizers {

  private static final String RESOURCE = "quotes/complementizers.tsv";

  private final Set<String> particles = new HashSet<>();
  private final Set<String> endings = new HashSet<>();

  Complementizers() {
    for (DataFiles.Row row : DataFiles.rows(RESOURCE, 1)) {
      if (row.field(0).equals("+")) {
        endings.addAll(row.fields().subList(1, row.fields().size()));
      } else {
        particles.add(bare(row.field(0)));
      }
    }
    if (particles.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": expected at least one particle");
    }
  }

  /** Whether the word, as written, is a particle that opens reported speech. */
  boolean is(String word) {
    String w = bare(word);
    return particles.contains(w) || carriesPronoun(word);
  }

  /** Whether the word, as written, is a particle with a pronoun joined to it ("إنها"، "أنه"): the subject of its clause. */
  boolean carriesPronoun(String word) {
    String w = bare(word);
    for (String e : endings) {
      if (w.length() > e.length() && w.endsWith(e) && particles.contains(w.substring(0, w.length() - e.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The word without diacritics and tatweel, the wavy hamzas ٲ ٳ read as أ إ, other letters untouched. */
  static String bare(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == ArabicNormalizer.ALEF_WAVY_HAMZA_ABOVE) {
        b.append(ArabicNormalizer.ALEF_HAMZA_ABOVE);
      } else if (c == ArabicNormalizer.ALEF_WAVY_HAMZA_BELOW) {
        b.append(ArabicNormalizer.ALEF_HAMZA_BELOW);
      } else if (!ArabicNormalizer.isDiacritic(c) && c != ArabicNormalizer.TATWEEL) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
