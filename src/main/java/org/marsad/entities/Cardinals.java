package org.marsad.entities;

import java.util.List;
import java.util.Set;
import org.marsad.text.Token;

/**
 * The cardinal number words ({@code cardinals.tsv}: "اثنان"، "ثلاث"، "خمسة"), which no person's
 * name holds: a person read over one of them is a counted noun ("عسكريان اثنان").
 */
final class Cardinals {

  private static final Set<String> WORDS = NameKeys.keysOfList("entities/cardinals.tsv");

  private Cardinals() {}

  /** Whether word {@code w}, with its proclitics off or not ("واثنين"), is a cardinal number word. */
  static boolean is(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && w.keyIn(WORDS);
  }

  /** Whether one of words {@code from} to {@code to} (exclusive) is a cardinal number word. */
  static boolean anyIn(List<TokenKeys> words, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
      if (is(words.get(i))) {
        return true;
      }
    }
    return false;
  }
}
