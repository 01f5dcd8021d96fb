package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Accusations told in a speaker's own words with no verb of accusing ("انتهاك صارخ لسيادتنا"،
 * "خرق فاضح للهدنة"، "جريمة مكتملة الأركان"): a set phrase of {@code quoted-wrongs.tsv} inside a
 * quotation whose speaker's country is known. The speaker's country accuses the party of
 * {@link #target}: the wrong is mostly told before it is judged ("التوغلات الإسرائيلية ... انتهاك
 * صارخ"). One named as a weapon's maker ("لغم من طراز روسي") is no party. A phrase under a
 * negation or in a question accuses no one.
 */
final class QuotedAccusations {

  /** How many words before a phrase a negation denies it ("ليس انتهاكا صارخا"). */
  private static final int NEGATION_REACH = 2;

  private final Phrases wrongs = new Phrases();
  /** Words after which a country names a weapon's maker, not a party ("من طراز روسي"، "صنع إيراني"). */
  private final Phrases makes = new Phrases();
  /** Nouns of the charges a speaker dismisses ("الاتهامات"، "المزاعم"). */
  private final Phrases charges = new Phrases();
  /** What dismisses them as untrue ("باطلة"، "لا أساس لها"). */
  private final Phrases baseless = new Phrases();
  private final Cues cues;

  QuotedAccusations(Cues cues) {
    this.cues = cues;
    Phrases.load("events/quoted-wrongs.tsv",
        Map.of("wrong", wrongs, "make", makes, "charges", charges, "baseless", baseless));
  }

  /** How many words may stand between the charges and what dismisses them ("اتهامات كوتونو باطلة"). */
  private static final int DISMISSAL_REACH = 4;

  /**
   * The charges a speaker dismisses in his own words ("اتهامات فيلنيوس سخيفة"، "هذه الاتهامات لا أساس
   * لها"، الاتهامات الإسرائيلية "لا أساس لها من الصحة"): a noun of {@code charges} followed within
   * {@value #DISMISSAL_REACH} words by a phrase of {@code baseless} that stands inside a quotation whose
   * speaker's country is known. The speaker's country rejects them; the token is the noun's.
   */
  List<Accusation> denials(EventSentence s, ArticleParties parties) {
    List<Accusation> out = new ArrayList<>();
    if (QuotedThreats.question(s, 3)) {
      return out;
    }
    for (int t = 0; t < s.size(); t++) {
      int len = charges.matchAt(s.norms, t);
      if (len == 0) {
        continue;
      }
      for (int i = t + len; i < s.size() && i <= t + len + DISMISSAL_REACH && !s.isClauseEnd(i); i++) {
        if (baseless.matchAt(s.norms, i) == 0) {
          if (s.participantAt(i) == null && s.norm(i).startsWith("ب")) {
            break; // "اتهامات بنشر أنباء كاذبة": what is charged, and the untrue is in it
          }
          continue;
        }
        int offset = s.tokens.get(i).start();
        String actor = parties.speakerCountryAt(offset);
        if (actor != null && !cues.negatedJustBefore(s.norms, i, NEGATION_REACH)) {
          out.add(new Accusation(t, actor, parties.speakerAt(offset)));
        }
        break;
      }
      t += len - 1;
    }
    return out;
  }

  /** The accuser named right after the charges dismissed ("اتهامات كوتونو"، "الاتهامات الإسرائيلية"), or null. */
  Participant accuserNamed(Accusation denial, EventSentence s) {
    int t = denial.token() + charges.matchAt(s.norms, denial.token());
    while (t < s.size() && s.isQuoteMark(t)) {
      t++;
    }
    Participant p = t < s.size() ? s.participantAt(t) : null;
    return p != null && party(denial.actor(), s, p) ? p : null;
  }

  /** An accusation found: the first token of its phrase, the speaker's country and the speaker. */
  record Accusation(int token, String actor, String speaker) {}

  /** The accusations of sentence {@code s}, one a phrase. */
  List<Accusation> find(EventSentence s, ArticleParties parties) {
    List<Accusation> out = new ArrayList<>();
    if (QuotedThreats.question(s, 3)) {
      return out;
    }
    for (int t = 0; t < s.size(); t++) {
      int len = wrongs.matchAt(s.norms, t);
      if (len == 0) {
        continue;
      }
      int offset = s.tokens.get(t).start();
      String actor = parties.speakerCountryAt(offset);
      if (actor != null && !cues.negatedJustBefore(s.norms, t, NEGATION_REACH)) {
        out.add(new Accusation(t, actor, parties.speakerAt(offset)));
      }
      t += len - 1;
    }
    return out;
  }

  /**
   * The party accused and the sentence that names it; null for none: the first other country
   * named before the phrase in its sentence; else the one the rest of the quotation names after
   * it ("وسنحاسب X"؛ one named after "يد" first: "على يد مستوطنين من X", not the victim "الطفل من
   * Y"); else, where the sentence names no other country at all, the first one the sentence or two
   * before it name. A country named after the quotation is mostly the one asked to act ("وطالب X
   * بالضغط على Y") and is not read.
   */
  QuotedThreats.Target target(Accusation ac, EventSentence s, List<EventSentence> before) {
    int close = s.size();
    for (int i = ac.token() + 1; i < s.size(); i++) {
      if (s.isQuoteMark(i)) {
        close = i;
        break;
      }
    }
    Participant inQuote = null;
    boolean other = false;
    for (Participant p : s.participants) {
      if (!party(ac.actor(), s, p)) {
        continue;
      }
      other = true;
      if (p.last() < ac.token()) {
        return new QuotedThreats.Target(p, s);
      }
      int from = p.from() >= 0 ? p.from() : p.first();
      if (from > ac.token() && p.last() < close
          && (inQuote == null || !byHand(s, inQuote) && byHand(s, p))) {
        inQuote = p;
      }
    }
    if (inQuote != null) {
      return new QuotedThreats.Target(inQuote, s);
    }
    if (other) {
      return null;
    }
    for (int k = before.size() - 1; k >= 0 && k >= before.size() - QuotedThreats.TARGET_REACH; k--) {
      EventSentence b = before.get(k);
      for (Participant p : b.participants) {
        if (party(ac.actor(), b, p)) {
          return new QuotedThreats.Target(p, b);
        }
      }
    }
    return null;
  }

  /** Whether the party is named within two words after "يد" ("على يد مستوطنين إسرائيليين"). */
  private static boolean byHand(EventSentence s, Participant p) {
    int from = p.from() >= 0 ? p.from() : p.first();
    return from > 0 && s.norm(from - 1).equals("يد") || from > 1 && s.norm(from - 2).equals("يد");
  }

  private boolean party(String actor, EventSentence s, Participant p) {
    if (!p.coded() || p.both() || p.code().equals(actor)) {
      return false;
    }
    int from = p.from() >= 0 ? p.from() : p.first();
    return from < 1 || makes.matchAt(s.norms, from - 1) == 0;
  }
}
