package org.marsad.entities;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.text.Clitics;
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

  /**
   * Heads of bodies named by the people they gather ({@code heads-of-members.tsv}: "نقابة"، "جمعية"):
   * they begin a name only before a definite plural of persons ("[نقابة الصحفيين]"، "[جمعية المتقاعدين]").
   */
  private static final Set<String> MEMBER_HEADS = NameKeys.keysOfList("entities/heads-of-members.tsv");

  private HeadInsideName() {}

  /** Whether word {@code w} is such a head without the article ("حزب"، "لمنظمة"; not "الحزب"، "للحزب"). */
  static boolean isHead(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    boolean head = false;
    for (TokenKeys.Reading r : w.readings()) {
      if (Clitics.opensWithArticle(r.key())) {
        return false;
      }
      head |= HEADS.contains(r.key()) || MEMBER_HEADS.contains(r.key());
    }
    return head;
  }

  /** Where the head's name begins in the text: after its proclitics ("لمنظمة" → "منظمة"). */
  static int start(TokenKeys w) {
    for (TokenKeys.Reading r : w.readings()) {
      if (HEADS.contains(r.key()) || MEMBER_HEADS.contains(r.key())) {
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
    return end(words, i, free, free);
  }

  /**
   * As {@link #end(List, int, IntPredicate)}; the members' plural after a head of
   * {@code heads-of-members.tsv} need only be {@code unread} (an everyday plural of persons:
   * "المعلمين" is no name alone, but names the union after "نقابة").
   */
  static int end(List<TokenKeys> words, int i, IntPredicate free, IntPredicate unread) {
    if (!isHead(words.get(i))) {
      return -1;
    }
    int to = i + 1;
    if (membersOnly(words.get(i))) {
      if (!(to < words.size() && personsPlural(words.get(to).token().text()) && unread.test(to))) {
        return -1; // "جمعية الأمل" is no body named by its members
      }
      to++;
    }
    while (to < words.size() && to <= i + REACH && Clitics.opensWithArticle(words.get(to).key()) && free.test(to)) {
      to++;
    }
    return to == i + 1 ? -1 : to;
  }

  /** Whether the head begins a name only before its members ("نقابة"، not "حزب"). */
  private static boolean membersOnly(TokenKeys w) {
    boolean members = false;
    for (TokenKeys.Reading r : w.readings()) {
      if (HEADS.contains(r.key())) {
        return false;
      }
      members |= MEMBER_HEADS.contains(r.key());
    }
    return members;
  }

  /** A definite sound masculine plural, the form of persons' plurals ("المعلمين"، "المتقاعدون"). */
  static boolean personsPlural(String text) {
    return Clitics.opensWithArticle(text) && text.length() > 5 && (text.endsWith("ين") || text.endsWith("ون"));
  }
}
