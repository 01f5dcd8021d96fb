package org.marsad.entities;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * A body's name set between quotation marks after the noun of its kind
 * ({@code heads-before-quoted-name.tsv}): "جماعة «أنصار الحق»"، "تحالف العصابات «...»".
 */
final class QuotedBodies {

  private static final Set<String> HEADS = NameKeys.keysOfList("entities/heads-before-quoted-name.tsv");
  /** Definite words of the body's own between its noun and the quoted name ("وكالة [الأنباء الرسمية] «وام»"). */
  private static final int MAX_BETWEEN = 3;
  private static final int MAX_QUOTED = 4;

  private QuotedBodies() {}

  /** Whether word {@code w} is one of the nouns, without the article (proclitics off or not). */
  static boolean isHead(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && w.keyIn(HEADS);
  }

  /**
   * The quoted name after the head at word {@code i}: {@code {from, to}} of the words inside the
   * marks, or null. {@code everyday} says which words may not open a name.
   */
  static int[] quotedAfter(List<TokenKeys> words, int i, IntPredicate everyday) {
    if (!isHead(words.get(i))) {
      return null;
    }
    int j = i + 1;
    while (j < words.size() && j - i - 1 < MAX_BETWEEN && words.get(j).token().kind() == Token.Kind.ARABIC
        && Clitics.definite(words.get(j).key())) {
      j++;
    }
    // the opening mark stands apart from the word before it and against the first quoted word
    if (j + 1 >= words.size() || !opening(words.get(j).token())
        || words.get(j - 1).token().end() == words.get(j).token().start()
        || words.get(j).token().end() != words.get(j + 1).token().start()) {
      return null;
    }
    int from = j + 1;
    int to = from;
    while (to < words.size() && to - from <= MAX_QUOTED && isWord(words.get(to).token())) {
      to++;
    }
    if (to == from || to - from > MAX_QUOTED || to >= words.size() || !closing(words.get(to).token())
        || words.get(to - 1).token().end() != words.get(to).token().start() || everyday.test(from)) {
      return null;
    }
    return new int[] {from, to};
  }

  /** The longest quoted name that begins with its own head: the head and up to this many words. */
  private static final int MAX_WITH_HEAD = 6;

  /**
   * The quoted name at the opening mark {@code i} that begins with the noun of its kind ("«تحالف نهر
   * الكونغو»"، "«حركة القوميين العرب»"): {@code {from, to}} of the words inside the marks, the head first,
   * two to six words, or null. {@code refused} says which words may not be inside (verbs, words with a
   * pronoun: a quoted sentence, "«قوات المعارضة في طريقها ...»").
   */
  static int[] quotedWithHead(List<TokenKeys> words, int i, IntPredicate refused) {
    if (i + 2 >= words.size() || !opening(words.get(i).token())
        || i > 0 && words.get(i - 1).token().end() == words.get(i).token().start()
        || words.get(i).token().end() != words.get(i + 1).token().start() || !isHead(words.get(i + 1))) {
      return null;
    }
    int from = i + 1;
    int to = from + 1;
    while (to < words.size() && to - from < MAX_WITH_HEAD && words.get(to).token().kind() == Token.Kind.ARABIC) {
      to++;
    }
    if (to - from < 2 || to >= words.size() || !closing(words.get(to).token())
        || words.get(to - 1).token().end() != words.get(to).token().start()) {
      return null;
    }
    for (int j = from + 1; j < to; j++) {
      if (refused.test(j)) {
        return null;
      }
    }
    // an indefinite adjective right after the noun describes it: "حزب قوي ..."، "جماعة مسلحة" name no body
    String second = words.get(from + 1).key();
    if (!Clitics.definite(second) && (second.endsWith("ي") || second.endsWith("ه"))) {
      return null;
    }
    return new int[] {from, to};
  }

  private static boolean isWord(Token t) {
    return t.kind() == Token.Kind.ARABIC || t.kind() == Token.Kind.LATIN;
  }

  private static boolean opening(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.text().equals("\"") || t.text().equals("«") || t.text().equals("“"));
  }

  private static boolean closing(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.text().equals("\"") || t.text().equals("»") || t.text().equals("”"));
  }
}
