package org.marsad.entities;

import java.util.List;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * A definite feminine nisba right after a definite noun is that noun's adjective, not a name by
 * itself: "القمة الفرنكوفونية" (the francophone summit), "للمدن الفرنكوفونية", though "الفرنكوفونية"
 * alone names the organisation. An adjective agrees with its noun in the article (Wright, A
 * Grammar of the Arabic Language, §§ 249, 302), so the article on both words, with the nisba
 * ending "ية", reads as noun and adjective.
 */
final class AdjectiveAfterNoun {

  private AdjectiveAfterNoun() {}

  /** Whether word {@code i}, read alone, is the adjective of the definite noun before it. */
  static boolean at(List<TokenKeys> words, int i) {
    if (i == 0 || words.get(i).token().kind() != Token.Kind.ARABIC
        || words.get(i - 1).token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    String k = words.get(i).key();
    return Clitics.opensWithArticle(k) && k.endsWith("يه") && k.length() > 5 && definite(words.get(i - 1));
  }

  /** Whether the word carries the article, after its proclitics ("القمة"، "للمدن"، "والدول"). */
  private static boolean definite(TokenKeys w) {
    for (TokenKeys.Reading r : w.readings()) {
      if (Clitics.opensWithArticle(r.key()) && r.key().length() > 3) {
        return true;
      }
    }
    return false;
  }
}
