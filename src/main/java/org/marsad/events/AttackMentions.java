package org.marsad.events;

import java.util.Map;

/**
 * Whether an attack's word names an attack the sentence speaks of rather than reports: the
 * matter of a charge, an inquiry, a trial or a confession ("اتهم الأربعة بأنهم أقدموا على
 * تفجير")، of a denial ("نفى أن يكونوا تعرضوا للتعذيب")، both standing anywhere before it in its
 * sentence (at most thirty words before); or a running total of the dead in its clause ("قتل 13 جنديا حتى الآن هذا الشهر").
 * A death or an injury suffered in a clash ("قتل ثلاثة مسلحين في اشتباكات مع الشرطة") is
 * PLOVER's FIGHT, not an attack. The words are those of {@code events/attack-mentions.tsv}.
 */
final class AttackMentions {

  private final Phrases proceedings = Phrases.withClitics();
  private final Phrases denials = Phrases.withClitics();
  private final Phrases totals = Phrases.withClitics();
  private final Phrases clashes = Phrases.withClitics();
  private final Phrases deaths = Phrases.withClitics();

  /** How far from a word of death a clash may stand that it was suffered in, in tokens. */
  private static final int CLASH_REACH = 12;

  /** How far before an attack's word a proceeding or a denial may stand that governs it, in tokens. */
  private static final int SPOKEN_REACH = 30;

  /** How far from an attack's word a word of a running total may stand in its clause, in tokens. */
  private static final int TOTAL_REACH = 12;

  AttackMentions() {
    Phrases.load("events/attack-mentions.tsv", Map.of("proceeding", proceedings, "denial", denials,
        "total", totals, "clash", clashes, "death", deaths));
  }

  /** Whether the word at {@code i} tells a death or an injury, not how it was dealt ("قتل"، "أصيب"، "لقي"). */
  boolean tellsDeath(EventSentence s, int i) {
    return deaths.matchAt(s.norms, i) > 0;
  }

  /** Whether the attack's word at {@code t} is spoken of: under a proceeding or a denial, or counted in a total. */
  boolean spokenOf(EventSentence s, int t) {
    for (int i = Math.max(0, t - SPOKEN_REACH); i < t; i++) {
      if (proceedings.matchAt(s.norms, i) > 0 || denials.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    int from = Math.max(ModeReader.clauseStart(s, t), t - TOTAL_REACH);
    int to = Math.min(ModeReader.clauseEnd(s, t), t + TOTAL_REACH + 1);
    for (int i = from; i < to; i++) {
      if (i != t && totals.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the attack's word at {@code t} is part of a clash's name ("تبادل إطلاق النار"), or
   * tells only a death or an injury, a clash stands near
   * it in its sentence, and no other word of attack of {@code lexicon} in its clause tells how it
   * was dealt ("قتلوا في مواجهات مع قوات الأمن وفي ضربات جوية").
   */
  boolean diedInClash(EventSentence s, int t, EventLexicon lexicon) {
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
    for (int i = Math.max(0, t - CLASH_REACH); i < s.size() && i <= t + CLASH_REACH; i++) {
      if (i != t && clashes.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
