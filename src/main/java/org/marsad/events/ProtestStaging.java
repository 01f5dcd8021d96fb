package org.marsad.events;

import java.util.List;
import java.util.Map;

/**
 * The words that tell a protest named by a noun as held, and who held it ({@code
 * events/protest-staging.tsv}): a verb of holding or joining before it ("نظم العمال وقفة
 * احتجاجية"، "شارك الآلاف في مسيرة")، the same verb with the protest as its pronoun after it
 * ("مظاهرة نظمها الحزب")، a verb of breaking it up before it ("فرقت الشرطة تظاهرة")، or the
 * protest as the purpose of another act ("أحرق نفسه احتجاجا على").
 */
final class ProtestStaging {

  /** How far before the noun a verb of holding may stand ("نظم مئات العمال أمس وقفة"). */
  private static final int STAGE_REACH = 6;

  /** How far after the noun the verb with its pronoun may stand ("مظاهرة حاشدة نظمها"). */
  private static final int HELD_REACH = 3;

  /**
   * How far after a protest's noun the comma that closes its description may stand, with the verb of
   * holding it right after ("مظاهرة مناهضة لزيارة الرئيس إلى تونس، نظمها حزبه"): of the 2 such commas
   * in the GSR dev sentences, ANERcorp train and jawharafm, both close a protest's description.
   */
  private static final int DESCRIBED_REACH = 8;

  /** How far before the noun a verb of breaking up may stand ("فرقت الشرطة بالقوة مظاهرة"). */
  private static final int DISPERSED_REACH = 5;

  private final Phrases stage = new Phrases();
  private final Phrases held = new Phrases();
  private final Phrases ongoing = new Phrases();
  private final Phrases dispersed = new Phrases();
  private final Phrases dispersing = new Phrases();
  private final Phrases purpose = new Phrases();
  private final Phrases aroused = new Phrases();
  private final Phrases during = Phrases.withClitics();
  private final Phrases known = new Phrases();
  final Phrases sites = new Phrases();
  final Phrases addressees = new Phrases();
  final Phrases denounced = new Phrases();
  private final Cues cues;

  ProtestStaging(Cues cues) {
    this.cues = cues;
    Phrases.load("events/protest-staging.tsv", Map.ofEntries(Map.entry("stage", stage), Map.entry("held", held),
        Map.entry("dispersed", dispersed), Map.entry("purpose", purpose), Map.entry("during", during),
        Map.entry("site", sites), Map.entry("known", known), Map.entry("addressee", addressees),
        Map.entry("denounced", denounced), Map.entry("aroused", aroused), Map.entry("ongoing", ongoing),
        Map.entry("dispersing", dispersing)));
  }

  /**
   * The token of a verb of holding or joining before the protest noun at {@code t} in its clause
   * ("نظم العمال وقفة"، "شاركوا في مسيرة"), not in a relative clause ("الذين شاركوا في")، or -1.
   */
  int stageBefore(EventSentence s, int t) {
    return before(s, t, stage, STAGE_REACH);
  }

  /**
   * As {@link #stageBefore}, and for a strike ({@code strike}: the noun's mode is a strike) also a
   * verb in the present of waging or going on ("يخوض الأطباء إضرابا"، "يواصل الأسير إضرابه"): a
   * strike going on is news.
   */
  int stageBefore(EventSentence s, int t, boolean strike) {
    int at = stageBefore(s, t);
    return at >= 0 || !strike ? at : before(s, t, ongoing, STAGE_REACH);
  }

  /** The token of a verb of breaking up before the protest noun at {@code t} ("فرقت الشرطة تظاهرة")، or -1. */
  int dispersedBefore(EventSentence s, int t) {
    return before(s, t, dispersed, DISPERSED_REACH);
  }

  /** How far after an act of force the purpose of breaking up a crowd may stand ("أطلقت الشرطة الرصاص الحي في الهواء لتفريق"). */
  private static final int DISPERSING_REACH = 12;

  /**
   * The crowd an act of force at {@code t} was used on, named right after the verbal noun of
   * breaking it up later in its clause ("أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين"), or null.
   */
  Participant dispersedCrowd(EventSentence s, int t) {
    for (int i = t + 1; i < s.size() && i <= t + DISPERSING_REACH; i++) {
      if (s.isClauseEnd(i)) {
        return null;
      }
      int n = dispersing.matchAt(s.norms, i);
      if (n > 0) {
        Participant p = i + n < s.size() ? s.participantAt(i + n) : null;
        return p != null && p.first() == i + n && !p.both() ? p : null;
      }
    }
    return null;
  }

  /**
   * Whether the protest noun at {@code t} is what a verb of arousing before it brought about
   * ("أثار القرار احتجاجات واسعة"): the reaction to an act, which is the news, not a protest told.
   */
  boolean aroused(EventSentence s, int t) {
    return before(s, t, aroused, STAGE_REACH) >= 0;
  }

  /**
   * The token of the verb with the protest as its pronoun, right after the noun at {@code t} ("مظاهرة نظمها")
   * or right after the comma that closes the words describing it ("مسيرة ضد بناء الجدار، نظمها أهالي
   * القرية")، or -1.
   */
  int heldAfter(EventSentence s, int t) {
    for (int i = t + 1; i < s.size() && i <= t + DESCRIBED_REACH; i++) {
      if (s.isClauseEnd(i)) {
        return -1;
      }
      if (s.isComma(i)) {
        return i + 1 < s.size() && held.matchAt(s.norms, i + 1) > 0 ? i + 1 : -1;
      }
      if (i <= t + HELD_REACH && held.matchAt(s.norms, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the protest noun at {@code t} is the purpose of another act ("احتجاجا على"، "للاحتجاج على"). */
  boolean purpose(EventSentence s, int t) {
    return purpose.matchAt(s.norms, t) > 0;
  }

  /** Whether the protest noun at {@code t} is the setting of another act ("خلال التظاهرة"، "أثناء المسيرة"). */
  boolean during(EventSentence s, int t) {
    return t > 0 && during.matchAt(s.norms, t - 1) > 0;
  }

  /**
   * Whether every doer of a protest is a crowd named by its protest, definite and not counted
   * ("ورشق المتظاهرون حافلة"، "تجمع المحتجون"، "البدو المتظاهرين"): the protest was told before,
   * and the sentence tells a detail of it, not its report.
   */
  boolean knownCrowd(EventSentence s, List<Participant> actors) {
    if (actors.isEmpty()) {
      return false;
    }
    for (Participant p : actors) {
      boolean named = false;
      int from = p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first();
      for (int i = Math.max(0, from); i <= p.last() && !named; i++) {
        named = known.matchAt(s.norms, i) > 0;
      }
      if (!named || p.counted()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Who did the act whose purpose is the protest at {@code t}: the first party of its clause
   * before it, where that is a crowd, a person, people counted or a people ("أحرق شاب نفسه
   * احتجاجا"، "شكل مئات المتظاهرين سلسلة بشرية للاحتجاج"; after "أن" where one opens the act's
   * clause: "قال إن شابا أحرق نفسه احتجاجا")؛ null where it is a state, whose
   * protest is a diplomatic act, or none is named.
   */
  Participant purposeDoer(EventSentence s, int t) {
    int from = ModeReader.clauseStart(s, t);
    for (int i = t - 1; i > from; i--) {
      if (EventSentence.THAT.contains(s.norm(i))) {
        from = i + 1; // "وقال الوالي إن شابا أحرق نفسه احتجاجا": the doer is after إن, not the sayer
        break;
      }
    }
    for (int i = from; i < t; i++) {
      Participant p = s.participantAt(i);
      if (p == null) {
        continue;
      }
      boolean crowd = p.sector() != null && MaterialActs.CROWDS.contains(p.sector());
      return crowd || p.person() || p.counted() || MaterialActs.people(s, p) ? p : null;
    }
    return null;
  }

  /**
   * Where the comma opening a time set off by commas stands, given the comma at {@code close} that closes
   * it ("، ظهر اليوم،"), or -1 where the words before {@code close} are not a time so set off.
   */
  private static int timeAside(EventSentence s, int close) {
    int i = close - 1;
    while (i >= 0 && s.isTime(i)) {
      i--;
    }
    return i < close - 1 && i >= 0 && s.isComma(i) ? i : -1;
  }

  private int before(EventSentence s, int t, Phrases verbs, int reach) {
    // the words of a party between the verb and the noun are one step: "خرج عشرات من سكان حي الزهور في وقفة"
    for (int i = t - 1, steps = 0; i >= 0 && steps < reach; i--) {
      int aside = s.isComma(i) ? timeAside(s, i) : -1;
      if (aside >= 0) {
        i = aside; // "خرج العشرات، ظهر اليوم، في وقفة": a time set off by commas is an aside
        continue;
      }
      if (s.isClauseEnd(i) || s.isComma(i)) {
        return -1;
      }
      Participant p = s.participantAt(i);
      if (p == null || p.first() == i) {
        steps++;
      }
      if (verbs.matchAt(s.norms, i) > 0) {
        return i > 0 && cues.is(s.norm(i - 1), Cues.WordClass.RELATIVE) ? -1 : i;
      }
    }
    return -1;
  }
}
