package org.marsad.events;

import java.util.Map;
import java.util.Set;
import org.marsad.text.Token;

/**
 * Whether an attack's word names an attack the sentence speaks of rather than reports: the
 * matter of a charge, an inquiry, a trial or a confession ("اتهم الأربعة بأنهم أقدموا على
 * تفجير")، of a denial ("نفى أن يكونوا تعرضوا للتعذيب")، both standing anywhere before it in its
 * sentence (at most thirty words before); or a running total of the dead in its clause ("قتل 13 جنديا حتى الآن هذا الشهر").
 * A death or an injury suffered in a clash ("قتل ثلاثة مسلحين في اشتباكات مع الشرطة") is
 * PLOVER's FIGHT, not an attack; one suffered in violence at large ("قتلوا جراء أعمال العنف") is
 * counted, not dealt by an attack. The words are those of {@code events/attack-mentions.tsv}.
 */
final class AttackMentions {

  private final Phrases proceedings = Phrases.withClitics();
  private final Phrases denials = Phrases.withClitics();
  private final Phrases totals = Phrases.withClitics();
  private final Phrases clashes = Phrases.withClitics();
  private final Phrases deaths = Phrases.withClitics();
  private final Phrases eras = Phrases.withClitics();
  private final Phrases years = Phrases.withClitics();
  private final NumberWords numbers = new NumberWords();

  /** How far from a word of death a clash may stand that it was suffered in, in tokens. */
  private static final int CLASH_REACH = 12;

  /** How far before an attack's word a proceeding or a denial may stand that governs it, in tokens. */
  private static final int SPOKEN_REACH = 30;

  /**
   * How far before the word of result that names a death ("، والتي أسفرت عن مقتل") the clash
   * that brought it about may stand, in tokens: the clash is the subject of that word, told with
   * its place, time and sides before it.
   */
  private static final int RESULT_CLASH_REACH = 25;

  /** How far from an attack's word a word of a running total may stand in its clause, in tokens. */
  private static final int TOTAL_REACH = 12;

  /** Words that hedge a span of time ("قبل أكثر من عام"، "قبل نحو عامين"). */
  private static final Set<String> HEDGES = Cues.words(Cues.WordClass.HEDGE);

  AttackMentions() {
    Phrases.load("events/attack-mentions.tsv", Map.of("proceeding", proceedings, "denial", denials,
        "total", totals, "clash", clashes, "violence", clashes, "death", deaths, "era", eras,
        "years", years));
  }

  /** Whether a clash, or violence at large, is named at token {@code i} ("اشتباكات"، "تبادل إطلاق النار"). */
  boolean clashAt(EventSentence s, int i) {
    return clashes.matchAt(s.norms, i) > 0;
  }

  /** Whether the word at {@code i} tells a death or an injury, not how it was dealt ("قتل"، "أصيب"، "لقي"). */
  boolean tellsDeath(EventSentence s, int i) {
    return deaths.matchAt(s.norms, i) > 0;
  }

  /**
   * Whether the attack's word at {@code t} is spoken of: under a proceeding or a denial, counted
   * in a total, or told in a sentence of history.
   */
  boolean spokenOf(EventSentence s, int t) {
    if (history(s)) {
      return true;
    }
    for (int i = Math.max(0, t - SPOKEN_REACH); i < t; i++) {
      if (proceedings.matchAt(s.norms, i) > 0 || denials.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    int from = Math.max(ModeReader.clauseStart(s, t), t - TOTAL_REACH);
    int to = Math.min(ModeReader.clauseEnd(s, t), t + TOTAL_REACH + 1);
    for (int i = from; i < to; i++) {
      if (i != t && (totals.matchAt(s.norms, i) > 0 || yearsAgo(s, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} opens a time a year or more ago ("قبل أكثر من عام"، "قبل ثلاث سنوات"،
   * {@code years} of attack-mentions.tsv): an act so dated is history, not news. On the GSR dev
   * attack sentences none of the 8 with such a time was accepted (7 rejected by every annotator).
   */
  private boolean yearsAgo(EventSentence s, int i) {
    if (!s.norm(i).equals("قبل")) {
      return false;
    }
    int k = i + 1;
    while (k < s.size() && k <= i + 3 && HEDGES.contains(s.norm(k))) {
      k++;
    }
    NumberWords.Number n = k < s.size() ? numbers.at(s.norms, k) : null; // "قبل ثلاث سنوات"، "قبل 20 عاما"
    if (n != null) {
      k += n.length();
    }
    return k < s.size() && years.matchAt(s.norms, k) > 0;
  }

  /**
   * Whether the sentence is told of history: it names a decade ("في الستينات"، {@code era} of
   * attack-mentions.tsv) or a year of the hijra written in digits ("سنة 1180هـ"), not after
   * "منذ" ("الأعنف منذ الثمانينات": news measured against the past). On the GSR dev sentences
   * none of the 19 attack sentences so written was accepted (17 rejected by all annotators).
   */
  private boolean history(EventSentence s) {
    for (int i = 0; i < s.size(); i++) {
      boolean since = i > 0 && s.norm(i - 1).equals("منذ");
      if (!since && (eras.matchAt(s.norms, i) > 0 || hijriYear(s, i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is a year of the hijra: digits with هـ joined or after them ("1180هـ"). */
  private static boolean hijriYear(EventSentence s, int i) {
    String w = s.norm(i);
    if (w.equals("ه")) {
      return i > 0 && s.tokens.get(i - 1).kind() == Token.Kind.NUMBER && s.tokens.get(i).text().endsWith("ـ");
    }
    return w.length() > 2 && w.endsWith("ه") && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(w.length() - 2));
  }

  /**
   * Whether the attack's word at {@code t} is part of a clash's name ("تبادل إطلاق النار"), or
   * tells only a death or an injury, a clash stands near
   * it in its sentence, and no other word of attack of {@code lexicon} in its clause tells how it
   * was dealt ("قتلوا في مواجهات مع قوات الأمن وفي ضربات جوية").
   */
  boolean diedInClash(EventSentence s, int t, EventLexicon lexicon, Cues cues) {
    if (t > 0 && clashes.covers(s.norms, t, 2) && clashes.matchAt(s.norms, t) == 0) {
      return true; // "تبادل إطلاق النار": the fire of both sides is the clash
    }
    if (deaths.matchAt(s.norms, t) == 0) {
      return false;
    }
    int from = Math.max(ModeReader.clauseStart(s, t), t - CLASH_REACH);
    int to = Math.min(ModeReader.clauseEnd(s, t), t + CLASH_REACH + 1);
    for (int i = from; i < to; i++) {
      if (i != t && deaths.matchAt(s.norms, i) == 0 && clashes.matchAt(s.norms, i) == 0
          && lexicon.at(s.norms, i, s.tokens.get(i).text()).filter(m -> m.type().equals("ASSAULT")).isPresent()) {
        return false;
      }
    }
    int result = -1; // "مواجهات ... بين مسلحين والقوات البريطانية، والتي أسفرت عن مقتل جندي": what the clash brought about
    for (int i = t - 1; i >= 0 && i >= t - MaterialActs.RESULT_REACH; i--) {
      if (cues.classOf(s.norm(i)) == Cues.WordClass.RESULT) {
        result = i;
        break;
      }
    }
    int reach = result >= 0 ? Math.max(0, result - RESULT_CLASH_REACH) : Math.max(0, t - CLASH_REACH);
    for (int i = reach; i < s.size() && i <= t + CLASH_REACH; i++) {
      if (i != t && clashes.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
