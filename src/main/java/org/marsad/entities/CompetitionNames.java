package org.marsad.entities;

import java.util.List;
import java.util.Set;
import org.marsad.text.Token;

/**
 * The name of a competition or a fair ({@code competition-heads.tsv}: "بطولة"، "كأس"، "معرض")
 * ends after the complement with the preposition ل that follows it, as ANERcorp annotates such
 * names (17 of 17 in its train part): "[بطولة العالم للمصارعة]"، "[كأس آسيا لكرة القدم]". An
 * indefinite complement takes the definite word after it, its construct ("لكرة القدم").
 */
final class CompetitionNames {

  private static final Set<String> HEADS = NameKeys.keysOfList("entities/competition-heads.tsv");

  private CompetitionNames() {}

  /**
   * Where a competition's name on words {@code [from, to)} ends with its complement: past a word
   * with ل and the article written on it right after the name ("للمصارعة"), or past a complement
   * without the article and the definite word after it ("لكرة القدم"); {@code to} where the name
   * opens with no head noun or no such complement follows. {@code covered}: the words other names hold.
   */
  static int end(List<TokenKeys> words, int from, int to, boolean[] covered) {
    if (to - from < 2 || to >= words.size() || covered[to] || !isHead(words.get(from))) {
      return to;
    }
    TokenKeys next = words.get(to);
    Token t = next.token();
    TokenKeys.Reading afterLam = null;
    for (TokenKeys.Reading r : next.readings()) {
      if (r.start() > t.start()) {
        afterLam = r;
      }
    }
    if (t.kind() != Token.Kind.ARABIC || next.key().charAt(0) != 'ل' || afterLam == null) {
      return to;
    }
    if (next.key().startsWith("لل") || afterLam.key().startsWith("ال")) {
      return to + 1; // "للمصارعة"
    }
    // "لكرة القدم"، "لألعاب القوى": an indefinite complement only with its construct ("لندن" is a name)
    int construct = to + 1;
    return construct < words.size() && !covered[construct] && words.get(construct).token().kind() == Token.Kind.ARABIC
        && words.get(construct).key().startsWith("ال") ? construct + 1 : to;
  }

  /** Whether word {@code w}, proclitics off, is a competition's or a fair's head noun ("بطولة"، "لمعرض"). */
  static boolean isHead(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (HEADS.contains(r.key())) {
        return true;
      }
    }
    return false;
  }
}
