package org.marsad.events;

import java.util.Set;
import org.marsad.text.Affixes;
import org.marsad.text.Clitics;

/**
 * Who claims an attack: "أعلنت حركة طالبان باكستان مسؤوليتها عن التفجير"، "وتبنت « القاعدة »
 * الهجوم"، "أعلن التنظيم المسؤولية عنه". The party right after a verb of announcing ({@code
 * announce} of grammar.tsv) followed by a noun of responsibility ({@code responsibility}) for an
 * attack, or after a verb of adopting ({@code adopt}) followed by an attack, names who did the
 * attack told in the sentence or the one before it, which may have named no doer.
 */
final class Claims {

  /** How many words before a verb of claiming a negation denies it ("لم تعلن"، "ولم تتبن"). */
  private static final int NEGATION_REACH = 2;
  /** The most words between the verb and the party that claims (a time: "أعلنت، أمس، الحركة"). */
  private static final int SUBJECT_REACH = 3;
  /** The most words between the party and its responsibility (an aside: "في بيان"، "على موقعها"). */
  private static final int CLAIM_REACH = 5;

  /** The preposition of what a claim is for ("مسؤوليتها عن الهجوم"). */
  private static final String ABOUT = "عن";
  /** The pronouns "عن" takes for an attack told before ("عنه"، "عنها"، "عنهما"). */
  private static final Set<String> TOLD_PRONOUNS = Set.copyOf(Affixes.of(Affixes.Kind.TOLD_OBJECT));

  private final Cues cues;
  private final EventLexicon lexicon;

  Claims(Cues cues, EventLexicon lexicon) {
    this.cues = cues;
    this.lexicon = lexicon;
  }

  /**
   * A claim: who claims, and whether the attack is one already told ("تبنت الحركة الهجوم"،
   * "مسؤوليتها عنه"، "مسؤولية هذا الاعتداء": a definite noun, a pronoun or a demonstrative), not one
   * the sentence brings in ("تبنت هجوما").
   */
  record Claim(Participant party, boolean told) {}

  /** The party the sentence says claims an attack, or null; a denied claim ("لم تتبن أي جهة") is none. */
  Participant claimant(EventSentence s) {
    Claim c = claim(s);
    return c == null ? null : c.party();
  }

  /** The claim of an attack the sentence makes, or null; a denied claim ("لم تتبن أي جهة") is none. */
  Claim claim(EventSentence s) {
    for (int v = 0; v < s.size(); v++) {
      boolean adopt = cues.is(s.norm(v), Cues.WordClass.ADOPT);
      if (!adopt && !cues.is(s.norm(v), Cues.WordClass.ANNOUNCE) || cues.negatedJustBefore(s.norms, v, NEGATION_REACH)) {
        continue;
      }
      Participant p = null;
      for (int k = v + 1; p == null && k < s.size() && k <= v + SUBJECT_REACH && !s.isClauseEnd(k); k++) {
        p = s.participantAt(k);
      }
      if (p == null || p.both() || (p.code() == null && p.entity() == null && !"REB".equals(p.sector()))) {
        continue;
      }
      int after = aside(s, p.last() + 1);
      for (int k = after; k < s.size() && k <= after - 1 + CLAIM_REACH && !s.isClauseEnd(k); k++) {
        if (s.participantAt(k) != null) {
          break;
        }
        int at = cues.is(s.norm(k), Cues.WordClass.RESPONSIBILITY) ? forAnAttack(s, k + 1) : adopt ? attack(s, k) : -1;
        if (at >= 0) {
          return new Claim(p, told(s, at));
        }
      }
    }
    return null;
  }

  /** The most words of an aside set off by commas after the party ("، المرتبطة بتنظيم القاعدة،"). */
  private static final int ASIDE_REACH = 8;

  /**
   * Where the claim goes on after the party: past an aside between two commas right after it
   * ("وتبنت الجماعة، المرتبطة بتنظيم القاعدة، الهجوم"), whose parties do not claim; else at {@code i}.
   */
  private static int aside(EventSentence s, int i) {
    if (i >= s.size() || !s.isComma(i)) {
      return i;
    }
    for (int k = i + 1; k < s.size() && k <= i + ASIDE_REACH && !s.isClauseEnd(k); k++) {
      if (s.isComma(k)) {
        return k + 1;
      }
    }
    return i;
  }

  /** Whether the attack word at {@code at} names one already told: a pronoun, a definite noun, after a demonstrative. */
  private boolean told(EventSentence s, int at) {
    String n = s.norm(at);
    return toldPronoun(n) || Clitics.opensWithArticle(n) || at > 0 && cues.is(s.norm(at - 1), Cues.WordClass.DEMONSTRATIVE);
  }

  /** "عنه"، "عنها"، "عنهما": "عن" with a pronoun of an attack told before (told-object of affixes.tsv). */
  private static boolean toldPronoun(String n) {
    return n.startsWith(ABOUT) && TOLD_PRONOUNS.contains(n.substring(ABOUT.length()));
  }

  /**
   * Where "عن" and an attack, or "عنه"، "عنها", or an attack in construct follow at {@code i}: the
   * token of the attack (of the pronoun), or -1.
   */
  private int forAnAttack(EventSentence s, int i) {
    if (i >= s.size()) {
      return -1;
    }
    while (i + 1 < s.size() && (s.isTime(i) || passedOver(s.norm(i)))) {
      i++; // "مسؤوليته أمس عن هجوم"، "مسؤولية هذا الاعتداء"
    }
    String n = s.norm(i);
    if (toldPronoun(n)) {
      return i;
    }
    return n.equals(ABOUT) ? attack(s, i + 1) : attack(s, i);
  }

  /** The token of the noun of attack at {@code i} or after a demonstrative there ("الهجوم"، "هذا الاعتداء"), or -1. */
  private int attack(EventSentence s, int i) {
    while (i + 1 < s.size() && passedOver(s.norm(i))) {
      i++;
    }
    if (i < s.size() && cues.is(s.norm(i), Cues.WordClass.OPERATION)) {
      for (int k = i + 1; k < s.size() && k <= i + OPERATION_REACH && !s.isClauseEnd(k) && !s.isComma(k); k++) {
        if (lexicon.at(s.norms, k, s.tokens.get(k).text()).filter(m -> m.type().equals("ASSAULT")).isPresent()) {
          return i; // "تنفيذ عملية عسكرية استهدفت سفينة": the operation is the attack its verb tells
        }
      }
      return -1;
    }
    return i < s.size() && lexicon.at(s.norms, i, s.tokens.get(i).text())
        .filter(m -> m.type().equals("ASSAULT") && !m.verb()).isPresent() ? i : -1;
  }

  /** How far after a noun of operation the word of its attack may stand ("عملية عسكرية نوعية استهدفت"). */
  private static final int OPERATION_REACH = 3;

  /** A demonstrative or an adverb between a claim and its attack ("مسؤولية هذا الاعتداء"، "أيضا"). */
  private boolean passedOver(String norm) {
    return cues.is(norm, Cues.WordClass.DEMONSTRATIVE) || cues.is(norm, Cues.WordClass.ADVERB);
  }
}
