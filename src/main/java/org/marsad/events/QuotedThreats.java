package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Threats told in a speaker's own words with no word of threat ("فعليها أن تتحمل العواقب"، "كل
 * الخيارات مطروحة"، "لن نتردد في فرض عقوبات"): a set phrase of {@code threat-idioms.tsv} inside a
 * quotation whose speaker's country is known. The speaker's country threatens; the target is the
 * first other country the sentence names, else the one the sentence or two before it name (a
 * threat answers what the report has just told). A phrase under a negation ("لا يتحمل العواقب")
 * or after a word of denial or rejection in its sentence ("نفى أن تكون كل الخيارات مطروحة"), or
 * in a question, threatens no one.
 */
final class QuotedThreats {

  /** How many words before a phrase a negation denies it ("ليست كل الخيارات مطروحة"). */
  private static final int NEGATION_REACH = 2;
  /** How many words after "لن نتردد في" a word of coercion may stand ("في فرض عقوبات"). */
  private static final int COERCION_REACH = 3;
  /** How many sentences back the target may be named. */
  static final int TARGET_REACH = 2;

  private final Phrases threats = new Phrases();
  private final Phrases borne = new Phrases();
  private final Phrases resolves = new Phrases();
  private final Phrases coercions = new Phrases();
  private final Cues cues;
  private final EventLexicon lexicon;

  QuotedThreats(Cues cues, EventLexicon lexicon) {
    this.cues = cues;
    this.lexicon = lexicon;
    Phrases.load("events/threat-idioms.tsv", Map.of("threat", threats, "borne", borne, "resolve", resolves, "coercion", coercions));
  }

  /**
   * A threat found: the first token of its phrase and the speaker's country; {@code borne} when
   * the phrase's own subject is the one threatened ("ستدفع ثمن ذلك").
   */
  record Threat(int token, String actor, String speaker, boolean borne) {}

  /** The threats of sentence {@code s}, one a phrase. */
  List<Threat> find(EventSentence s, ArticleParties parties) {
    List<Threat> out = new ArrayList<>();
    if (question(s, 2)) {
      return out;
    }
    for (int t = 0; t < s.size(); t++) {
      int len = threats.matchAt(s.norms, t);
      int bearing = borne.matchAt(s.norms, t);
      len = Math.max(len, bearing);
      if (len == 0) {
        len = resolves.matchAt(s.norms, t);
        if (len == 0 || !coercionAfter(s, t + len)) {
          continue;
        }
      }
      int offset = s.tokens.get(t).start();
      String actor = parties.speakerCountryAt(offset);
      if (actor == null || cues.negatedJustBefore(s.norms, t, NEGATION_REACH) || rejectedBefore(s, t)) {
        t += len - 1;
        continue;
      }
      out.add(new Threat(t, actor, parties.speakerAt(offset), bearing > 0 && bearing == len));
      t += len - 1;
    }
    return out;
  }

  /** Whether a word of coercion stands within {@value #COERCION_REACH} words from {@code i}. */
  private boolean coercionAfter(EventSentence s, int i) {
    for (int k = i; k < s.size() && k < i + COERCION_REACH; k++) {
      if (coercions.matchAt(s.norms, k) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of denial or rejection ("نفى"، "رفض") stands before the phrase in its sentence. */
  private boolean rejectedBefore(EventSentence s, int t) {
    for (int i = 0; i < t; i++) {
      var m = lexicon.at(s.norms, i);
      if (m.isPresent() && m.get().type().equals("REJECT") && !m.get().entry().negatedOnly()) {
        // "لن نقبل بالأمر الواقع ... كل الخيارات مفتوحة": what is not accepted is the threat's premise
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence asks rather than says ("هل ستدفع الثمن؟"): a question mark on one of its last
   * {@code lastTokens} tokens (the mark may stand before a closing quote and stop).
   */
  static boolean question(EventSentence s, int lastTokens) {
    for (int i = s.size() - 1; i >= 0 && i >= s.size() - lastTokens; i--) {
      String w = s.tokens.get(i).text();
      if (w.contains("؟") || w.contains("?")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The party threatened: the first country of {@code s} other than the actor's, else of the
   * sentences before it, nearest first; null for none.
   */
  static Target target(String actor, EventSentence s, List<EventSentence> before) {
    Participant p = otherCountry(actor, s);
    if (p != null) {
      return new Target(p, s);
    }
    for (int k = before.size() - 1; k >= 0 && k >= before.size() - TARGET_REACH; k--) {
      p = otherCountry(actor, before.get(k));
      if (p != null) {
        return new Target(p, before.get(k));
      }
    }
    return null;
  }

  /**
   * The one who will pay or bear what a {@code borne} threat promises: the country named nearest
   * before its phrase in its sentence, other than the actor's ("حكومة X اختارت ...، وستدفع ثمن
   * ذلك"); null for none.
   */
  static Target bearer(Threat th, EventSentence s) {
    Participant nearest = null;
    for (Participant p : s.participants) {
      if (p.last() < th.token() && p.coded() && !p.both() && !p.code().equals(th.actor())) {
        nearest = p;
      }
    }
    return nearest == null ? null : new Target(nearest, s);
  }

  /**
   * Whether the party is named after "مع" as the speaker's companion ("في مؤتمر صحفي مع نظيره
   * العماني"): the one the words are said beside, not the one they threaten.
   */
  private static boolean companion(EventSentence s, Participant p) {
    int from = p.from() >= 0 ? p.from() : p.first();
    return from > 0 && s.norm(from - 1).equals("مع") || from > 1 && s.norm(from - 2).equals("مع"); // "مع نظيره X"
  }

  /** The party threatened and the sentence that names it. */
  record Target(Participant party, EventSentence in) {}

  private static Participant otherCountry(String actor, EventSentence s) {
    for (Participant p : s.participants) {
      if (p.coded() && !p.both() && !p.code().equals(actor) && !companion(s, p)) {
        return p;
      }
    }
    return null;
  }
}
