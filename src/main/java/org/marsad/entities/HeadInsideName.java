package org.marsad.entities;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.text.Token;

/**
 * An organisation named by a head noun of {@code heads-inside-name.tsv} ("حزب"، "منظمة"، "جبهة")
 * written without the article, and the definite words after it: "[حزب الاستقلال]"،
 * "[لمنظمة الفرانكفونية]"، "[جبهة الخلاص الوطني]". The head is part of the name, as ANERcorp
 * annotates these heads; the name takes one to three words with the article and ends before any
 * other word.
 */
final class HeadInsideName {

  /** How many definite words may follow the head ("منظمة الأقطار المصدرة للنفط" stops at "للنفط"). */
  private static final int REACH = 3;

  private static final Set<String> HEADS = NameKeys.keysOfList("entities/heads-inside-name.tsv");

  private HeadInsideName() {}

  /** Whether word {@code w} is such a head without the article ("حزب"، "لمنظمة"; not "الحزب"، "للحزب"). */
  static boolean isHead(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    boolean head = false;
    for (TokenKeys.Reading r : w.readings()) {
      if (r.key().startsWith("ال")) {
        return false;
      }
      head |= HEADS.contains(r.key());
    }
    return head;
  }

  /** Where the head's name begins in the text: after its proclitics ("لمنظمة" → "منظمة"). */
  static int start(TokenKeys w) {
    for (TokenKeys.Reading r : w.readings()) {
      if (HEADS.contains(r.key())) {
        return r.start();
      }
    }
    return w.token().start();
  }

  /**
   * Where the name that begins with the head at {@code i} ends, given which following words may
   * belong to it ({@code free}: Arabic, not yet read, no everyday word, no country's nisba); -1
   * where no definite word follows.
   */
  static int end(List<TokenKeys> words, int i, IntPredicate free) {
    if (!isHead(words.get(i))) {
      return -1;
    }
    int to = i + 1;
    while (to < words.size() && to <= i + REACH && words.get(to).key().startsWith("ال") && free.test(to)) {
      to++;
    }
    return to == i + 1 ? -1 : to;
  }
}
