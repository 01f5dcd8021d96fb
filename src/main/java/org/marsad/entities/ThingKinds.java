package org.marsad.entities;

import java.util.Set;
import org.marsad.text.Clitics;

/**
 * Nouns that name a kind of thing or body and never a person ({@code thing-kinds.tsv}): "طراز"،
 * "مؤسسة". A name right after one, or beginning with one, is no person's. (The kinds of clubs,
 * companies and outlets, after which a name is an organisation's, are {@link KindBeforeName}'s.)
 */
final class ThingKinds {

  /** The nouns of {@code thing-kinds.tsv}, read once. */
  static final ThingKinds LISTED = new ThingKinds();

  private final Set<String> kinds;

  private ThingKinds() {
    this.kinds = NameKeys.keysOfList("entities/thing-kinds.tsv");
  }

  /**
   * Whether word {@code w}, proclitics off ("لمؤسسة"، "وطراز"), is such a noun without the article:
   * the head of a name in construct ("مؤسسة X"). With the article it may end an office before a
   * person ("مدير المؤسسة X"، "المدير العام للمؤسسة X").
   */
  boolean isKind(TokenKeys w) {
    return indefiniteReadingIn(w, kinds);
  }

  /**
   * Whether a reading of word {@code w}, proclitics off, is one of {@code keys} that the word writes
   * without the article: "لمؤسسة" and "وطراز", not "المؤسسة" nor "للمؤسسة".
   */
  static boolean indefiniteReadingIn(TokenKeys w, Set<String> keys) {
    for (TokenKeys.Reading r : w.readings()) {
      String k = r.key();
      if (keys.contains(k) && !Clitics.articleBefore(w.key(), k)) {
        return true;
      }
    }
    return false;
  }
}
