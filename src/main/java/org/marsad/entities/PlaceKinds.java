package org.marsad.entities;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.text.Token;

/**
 * The nouns of a place's kind ({@code place-kinds.tsv}: "محافظة"، "مدينة"، "نهر"), which stay
 * outside the place's name when they open it, as ANERcorp annotates them (250 of 254 times in its
 * train part): "محافظة [بابل]"، "بمدينة [صور]". The knowledge base still finds a place by its longer
 * name ("مدينة صور": "صور" alone is also "pictures"); the mention names the place by the words
 * after the kind.
 */
final class PlaceKinds {

  private static final Set<String> KINDS = NameKeys.keysOfList("entities/place-kinds.tsv");

  private PlaceKinds() {}

  /** Whether word {@code w} is a kind of place without the article ("محافظة"، "بمدينة"; not "المدينة"). */
  static boolean isKind(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, KINDS);
  }

  /**
   * Where the mention of place {@code m} (a city, a region, a country of the knowledge base) begins
   * in the text: at the word after a kind of place that opens it ("محافظة بابل"، "دولة قطر"), else
   * where the match begins. A country keeps its kind word unless the words after it name the same
   * country by themselves, as {@code acceptable} takes a name ("دولة قطر"؛ not "دولة الاحتلال", nor
   * "جمهورية مالي": "مالي" alone is "financial").
   */
  static int nameStart(Gazetteer gazetteer, List<TokenKeys> words, NameTrie.Match<Target> m,
      Predicate<NameTrie.Match<Target>> acceptable) {
    if (m.to() - m.from() < 2 || !isKind(words.get(m.from())) || !(m.value() instanceof Target.Known k)) {
      return m.start();
    }
    if (k.entity().isCountry() && gazetteer.trie().longestAt(words, m.from() + 1, x -> x.to() == m.to()
        && x.value() instanceof Target.Known same && same.entity().id().equals(k.entity().id())
        && acceptable.test(x)).isEmpty()) {
      return m.start();
    }
    return words.get(m.from() + 1).token().start();
  }
}
