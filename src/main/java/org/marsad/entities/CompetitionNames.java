package org.marsad.entities;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * The name of a competition or a fair ({@code competition-heads.tsv}: "بطولة"، "كأس"، "معرض")
 * ends after the complement with the preposition ل that follows it, as ANERcorp annotates such
 * names (17 of 17 in its train part): "[بطولة العالم للمصارعة]"، "[كأس آسيا لكرة القدم]". An
 * indefinite complement takes the definite word after it, its construct ("لكرة القدم").
 */
final class CompetitionNames {

  private static final Set<String> HEADS = NameKeys.keysOfList("entities/competition-heads.tsv");

  /** Heads that name a competition with the definite words after them ({@code competition-heads-definite.tsv}). */
  private static final Set<String> DEFINITE_HEADS = NameKeys.keysOfList("entities/competition-heads-definite.tsv");

  /** How many definite words may follow such a head ("بطولة المجموعة الوطنية الأولى"). */
  private static final int REACH = 3;

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
    if (Clitics.opensWithLamOnArticle(next.key()) || Clitics.opensWithArticle(afterLam.key())) {
      return to + 1; // "للمصارعة"
    }
    // "لكرة القدم"، "لألعاب القوى": an indefinite complement only with its construct ("لندن" is a name)
    int construct = to + 1;
    return construct < words.size() && !covered[construct] && words.get(construct).token().kind() == Token.Kind.ARABIC
        && Clitics.opensWithArticle(words.get(construct).key()) ? construct + 1 : to;
  }

  /** Whether word {@code w}, proclitics off, is a competition's or a fair's head noun ("بطولة"، "لمعرض"). */
  static boolean isHead(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && w.keyIn(HEADS);
  }

  /**
   * Where the text names the competition whose head of {@code competition-heads-definite.tsv}
   * ("بطولة"، "لبطولة"; not "البطولة") is word {@code i}: after its proclitics; -1 where word
   * {@code i} is no such head.
   */
  static int definiteHeadStart(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return -1;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (Clitics.opensWithArticle(r.key())) {
        return -1;
      }
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (DEFINITE_HEADS.contains(r.key())) {
        return r.start();
      }
    }
    return -1;
  }

  /**
   * Where the competition's name that the head at {@code i} begins ends, before any complement
   * with ل: past the word with the article right after it ({@code first} says which may be one:
   * no everyday word, no work's noun) and the adjectives of the nisba's or the ordinal's shape
   * after that ("الإسباني"، "الخليجية"، "الأولى"; {@code free} says which words may be read), up to
   * {@value #REACH} words; -1 where no such word follows the head.
   */
  static int definiteEnd(List<TokenKeys> words, int i, IntPredicate first, IntPredicate free) {
    if (definiteHeadStart(words.get(i)) < 0 || i + 1 >= words.size() || !definite(words.get(i + 1))
        || !first.test(i + 1)) {
      return -1;
    }
    int to = i + 2;
    while (to < words.size() && to <= i + REACH && definite(words.get(to)) && adjectiveShape(words.get(to).key())
        && free.test(to)) {
      to++;
    }
    return to;
  }

  private static boolean definite(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && Clitics.opensWithArticle(w.key()) && w.key().length() > 3;
  }

  /** A nisba's ending ("الإسباني"، "الخليجية") or an ordinal's or elative's in ى ("الأولى"، "الكبرى"), normalised. */
  private static boolean adjectiveShape(String key) {
    return key.endsWith("ي") || key.endsWith("يه");
  }
}
