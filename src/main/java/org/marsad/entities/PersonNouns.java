package org.marsad.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;

/**
 * The common nouns of news that describe a person without an office ({@code person-nouns.tsv}):
 * "المدافع"، "الشاعرة"، "ومواطنه". The noun stays outside the name after it, and the words of a
 * name no list holds there, past the noun's adjectives and nisbas, are a person's ("المدافع
 * الدولي [X Y]"), as ANERcorp annotates them.
 */
final class PersonNouns {

  /** The nouns of {@code person-nouns.tsv}, read once. */
  static final PersonNouns LISTED = new PersonNouns();

  /** How many adjectives, nisbas and nouns in apposition may stand between the noun and the name. */
  static final int MAX_WORDS_BETWEEN = 4;

  private final Set<String> nouns;
  /** The nouns written with the pronoun ه, which normalising makes one with ة ("ابنه": his son; "ابنة": daughter of). */
  private final Set<String> withPronounHa;

  private PersonNouns() {
    Set<String> out = new HashSet<>();
    Set<String> ha = new HashSet<>();
    for (String line : DataFiles.lines("entities/person-nouns.tsv")) {
      String noun = line.split("\t")[0];
      String key = NameKeys.keyOfNormalized(ArabicNormalizer.normalize(noun));
      out.add(key);
      if (noun.endsWith("ه")) {
        ha.add(key);
      }
    }
    this.nouns = Set.copyOf(out);
    this.withPronounHa = Set.copyOf(ha);
  }

  /** Whether a reading of word {@code w}, proclitics off ("والمدافع"، "للاعب"، "ومواطنه"), is such a noun. */
  boolean isPersonNoun(TokenKeys w) {
    for (TokenKeys.Reading r : w.readings()) {
      if (nouns.contains(r.key()) && (!withPronounHa.contains(r.key()) || w.token().text().endsWith("ه"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the name after the noun at {@code noun} may begin: past the words that describe the
   * person further ({@code describes}: adjectives, nisbas, another such noun: "مدافعه الدولي
   * العاجي"، "الإسباني X ومواطنه"), at most {@link #MAX_WORDS_BETWEEN}; -1 when more stand there.
   */
  static int nameFrom(List<TokenKeys> words, int noun, IntUnaryOperator describes) {
    int pos = noun + 1;
    for (int k = 0; k < MAX_WORDS_BETWEEN && pos < words.size(); k++) {
      int past = describes.applyAsInt(pos);
      if (past <= pos) {
        return pos;
      }
      pos = past;
    }
    return pos < words.size() && describes.applyAsInt(pos) <= pos ? pos : -1;
  }
}
