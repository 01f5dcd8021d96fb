package org.marsad.events;

import java.util.Map;
import java.util.Set;
import org.marsad.text.Clitics;

/**
 * Whether a material act is told as having happened rather than only spoken of: a verb tells it
 * by itself, but not right after a "topic" word, where it is the verbal noun spelt alike ("بتهمة
 * خطف") and no casualties are counted; a noun by a word of {@code events/occurrence.tsv} marked
 * "happened" in its clause ("وقع الهجوم"), its device named ("انفجار سيارة مفخخة"), a time
 * expression there, or a count of casualties in the sentence, and not when a "topic" word
 * governs it ("التحقيق في اغتيال"، "محاكمة منفذي تفجير أوقع عشرين قتيلا"), whatever its dead; never where a "compound" word makes another thing of it ("وقف إطلاق النار"), nor, for an attack, where an
 * "accident" word stands in its clause ("قتل جندي في حادث سير").
 */
final class Happening {

  /** How far before the noun a topic word governs it, in tokens ("التحقيق في اغتيال"، "المتهم الرئيسي في اغتيال"). */
  private static final int TOPIC_REACH = 3;

  /** How far after a word of "after" an act's noun is the background ("بعد أيام من اعتداءات"). */
  private static final int AFTER_REACH = 3;

  /** The number words, read once: a number before "من" and a definite noun counts some of what it names. */
  private static final NumberWords NUMBERS = new NumberWords();

  private final Phrases happened = Phrases.withClitics();
  private final Phrases topics = Phrases.withClitics();
  private final Phrases compounds = Phrases.withClitics();
  private final Phrases accidents = Phrases.withClitics();
  private final Phrases after = Phrases.withClitics();
  private final Phrases despite = Phrases.withClitics();
  private final Phrases yet = new Phrases();
  private final Phrases before = Phrases.withClitics();
  private final Phrases past = Phrases.withClitics();
  private final Phrases sites = Phrases.withClitics();
  private final Phrases many = Phrases.withClitics();
  private final Phrases when = Phrases.withClitics();
  private final Phrases sequel = Phrases.withClitics();
  private final Phrases placing = Phrases.withClitics();

  Happening() {
    Phrases.load("events/occurrence.tsv", Map.ofEntries(Map.entry("happened", happened), Map.entry("topic", topics),
        Map.entry("compound", compounds), Map.entry("accident", accidents), Map.entry("after", after),
        Map.entry("despite", despite), Map.entry("yet", yet), Map.entry("before", before), Map.entry("past", past), Map.entry("site", sites),
        Map.entry("many", many), Map.entry("when", when), Map.entry("sequel", sequel),
        Map.entry("placing", placing)));
  }

  /** Whether the event word at {@code t} tells an act that happened; {@code counted} whether casualties are counted. */
  boolean told(EventSentence s, int t, EventLexicon.Match m, boolean counted) {
    if (t > 0 && compounds.matchAt(s.norms, t - 1) == 1) {
      return false;
    }
    if (m.type().equals("ASSAULT")) {
      for (int i = ModeReader.clauseStart(s, t); i < ModeReader.clauseEnd(s, t); i++) {
        if (accidents.matchAt(s.norms, i) > 0) {
          return false; // "قتل جندي في حادث سير": a death by accident
        }
      }
    }
    if (m.entry().kind() != EventLexicon.Kind.NOUN) {
      return counted || t == 0 || topics.matchAt(s.norms, t - 1) == 0; // "بتهمة خطف": the masdar spelt as the verb
    }
    for (int i = Math.max(0, t - TOPIC_REACH); i < t; i++) {
      if (topics.matchAt(s.norms, i) > 0) {
        return false; // "محاكمة منفذي تفجير أوقع عشرين قتيلا": the dead of an act on trial are its past
      }
    }
    if (counted || device(m) || chronicled(s, t)) {
      return true;
    }
    int from = ModeReader.clauseStart(s, t);
    int to = ModeReader.clauseEnd(s, t);
    for (int i = from; i < to; i++) {
      if (i != t && (s.isTime(i) || happened.matchAt(s.norms, i) > 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the act at {@code t} is the background of what the sentence tells, whatever dead it
   * counts: a noun at most {@value #AFTER_REACH} words after a word of "after" in its clause
   * ("غداة هجوم شنه"، "بعد أيام من اعتداءات")، a verb right after one ("بعد أن فجر")؛ or a
   * definite noun that a relative clause describes ("بالهجوم الذي استهدف"، "الهجومين اللذين
   * شنهما"): an act the reader is taken to know. A verb after "before" ("قبل أن تنفجر") had not
   * happened.
   */
  boolean background(EventSentence s, int t, EventLexicon.Match m, Cues cues) {
    boolean verb = m.entry().kind() != EventLexicon.Kind.NOUN;
    for (int i = t - 1; i >= 0 && i >= t - AFTER_REACH - 1 && !s.isClauseEnd(i) && !s.isComma(i); i--) {
      boolean that = i + 1 < t && s.norm(i + 1).equals("ان");
      if (verb && i >= t - 2 && before.matchAt(s.norms, i) > 0) {
        return true;
      }
      boolean afterOrDespite = after.matchAt(s.norms, i) > 0 || despite.matchAt(s.norms, i) > 0;
      if (afterOrDespite && (verb ? i == t - 1 || (i == t - 2 && that) : i >= t - AFTER_REACH)) {
        return true;
      }
    }
    if (verb || !definite(s, t)) {
      return false;
    }
    for (int i = t + 1; i < s.size() && i <= t + 2; i++) {
      if (s.isClauseEnd(i) || s.isComma(i)) {
        return false;
      }
      if (cues.is(s.norm(i), Cues.WordClass.RELATIVE)) {
        return true;
      }
    }
    return false;
  }

  /** How far after a word of "when" an act stands in its clause ("عندما فرقت ميليشيات المحاكم بالقوة مظاهرة"). */
  private static final int WHEN_REACH = 8;

  /**
   * Whether the act at {@code t} stands in a clause of the time of another happening, at most
   * {@value #WHEN_REACH} words after its "when" ("قتل شخص عندما فرقت الشرطة مظاهرة").
   */
  boolean inWhenClause(EventSentence s, int t) {
    for (int i = t - 1; i >= 0 && i >= t - WHEN_REACH && !s.isClauseEnd(i) && !s.isComma(i); i--) {
      if (when.matchAt(s.norms, i) > 0 && !(i > 0 && s.norm(i - 1).equals("في"))) {
        return true; // "في حين" is "whereas", two clauses side by side, not the time of the other
      }
    }
    return false;
  }

  /** The words of "that" that open a clause after "despite" ("رغم أن"، "على الرغم من أنه"). */
  private static final Set<String> THAT = Set.of("ان", "انه", "انها", "انهم", "انهما", "انهن");

  /**
   * Whether the act at {@code t} is what a concession grants ("رغم مشاركة الآلاف من المتظاهرين"،
   * "على الرغم من أن جمعا من المتظاهرين وقف ...، فإن"): a fact the news is set against. A phrase
   * of "despite" runs to the next comma; a clause of "despite ... أن" to the word of "yet" that
   * opens the main clause, or, where none follows, to its first comma. A verb is never in a phrase
   * ("ورغم الحظر خرج الآلاف": the main clause's own verb).
   */
  boolean conceded(EventSentence s, int t, boolean verb) {
    for (int i = ModeReader.clauseStart(s, t); i < t; i++) {
      if (despite.matchAt(s.norms, i) == 0) {
        continue;
      }
      int j = i + 1 < s.size() && s.norm(i + 1).equals("من") ? i + 2 : i + 1;
      boolean clause = j < t && THAT.contains(s.norm(j));
      if (verb && !clause) {
        continue;
      }
      boolean yetAhead = false;
      for (int k = j + 1; clause && k < ModeReader.clauseEnd(s, t); k++) {
        yetAhead |= yet.matchAt(s.norms, k) > 0;
      }
      boolean inside = true;
      for (int k = i + 1; k < t && inside; k++) {
        inside = clause && yetAhead ? yet.matchAt(s.norms, k) == 0 : !s.isComma(k);
      }
      if (inside) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence opens with a word of sequel ("ثم خرج الجنود من المدينة"): it carries on a
   * narration, and its acts are steps of a story told before, not news reported.
   */
  boolean sequel(EventSentence s) {
    return s.size() > 1 && sequel.matchAt(s.norms, 0) == 1;
  }

  /**
   * Whether the sentence opens with a verb that places its subject in time against other news
   * ("وتأتي الهجمات بعد ضربة جوية"، "ويأتي ذلك فيما ذكرت"): what it names, and what it is set
   * against, are told before or elsewhere; its material acts are background, not news reported.
   */
  boolean placing(EventSentence s) {
    return s.size() > 1 && placing.matchAt(s.norms, 0) == 1;
  }

  /** Whether a word of the past ("كان"، "كانت") stands before {@code t} in its clause: a present after it is a past that went on. */
  boolean pastBefore(EventSentence s, int t) {
    for (int i = ModeReader.clauseStart(s, t); i < t; i++) {
      if (past.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of site stands in the clause after {@code t}: where a crowd gathered ("تجمعوا أمام مقر البرلمان"). */
  boolean siteAfter(EventSentence s, int t) {
    for (int i = t + 1; i < ModeReader.clauseEnd(s, t); i++) {
      if (sites.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun at {@code t} opens an entry of a chronology, right after a date and a colon
   * ("* 12 ديسمبر (كانون الأول) 2005: اغتيال الصحافي ..."): each entry reports what happened that day.
   */
  static boolean chronicled(EventSentence s, int t) {
    int i = t - 1;
    if (i < 1 || !(s.tokens.get(i).text().equals(":"))) {
      return false;
    }
    i--;
    while (i > 0 && s.parenthetical(i)) {
      i--; // "ديسمبر (كانون الأول):"
    }
    return s.isTime(i);
  }

  /** Whether the event word is a definite noun ("الهجوم"، "هذا الهجوم"): a reference back to an act told before. */
  static boolean definite(EventSentence s, int t) {
    if (t > 1 && s.norm(t - 1).equals("من") && s.tokens.get(t - 2).kind() != org.marsad.text.Token.Kind.PUNCT
        && NUMBERS.at(s.norms, t - 2) != null) {
      return false; // "اثنين من التفجيرات": some of them, as indefinite as "تفجيران"
    }
    return Clitics.stems(s.norm(t)).stream().anyMatch(Clitics::hasArticle)
        || (t > 0 && (s.norm(t - 1).equals("هذا") || s.norm(t - 1).equals("هذه")));
  }

  /** Whether a blast noun is told with its device ("انفجار سيارة مفخخة"): a particular blast. */
  static boolean device(EventLexicon.Match m) {
    return m.entry().kind() == EventLexicon.Kind.NOUN && m.entry().eitherSide() && m.companion() >= 0;
  }

  /**
   * Whether the noun at {@code t} is the subject of a word of happening right before it ("اندلعت
   * مظاهرات"، with a time or a word of number between: "خرجت امس مظاهرات"، "انفجرت عدة مظاهرات")، right after it, or after one word that describes it ("تفجيرات وقعت"، "هجوم
   * انتحاري وقع"): the act is told as an event.
   */
  /** Whether a word of happening has no class of grammar.tsv but, maybe, that of witnessing ("شهدت احتجاجات"). */
  private static boolean noOtherClass(Cues.WordClass c) {
    return c == null || c == Cues.WordClass.WITNESS;
  }

  boolean subjectOfHappening(EventSentence s, int t, Cues cues) {
    // "خرجت امس مظاهرات"، "انفجرت عدة مظاهرات": a time, or a word of number, between
    int v = t > 1 && (s.isTime(t - 1) || many.matchAt(s.norms, t - 1) == 1) && !s.isTime(t - 2) ? t - 2 : t - 1;
    String verb = v >= 0 ? s.norm(v) : "";
    if (v >= 0 && happened.matchAt(s.norms, v) == 1 && Character.isLetter(verb.charAt(0))
        && !verb.endsWith("ه") && !verb.endsWith("ها") && noOtherClass(cues.classOf(verb))) {
      return true; // "اندلعت مظاهرات"، "وقع انفجار": the verb before its subject; not "شنها غارات"
    }
    for (int i = t + 1; i < s.size() && i <= t + 2; i++) {
      if (s.isClauseEnd(i) || s.isComma(i) || cues.is(s.norm(i), Cues.WordClass.RELATIVE)) {
        return false;
      }
      if (happened.matchAt(s.norms, i) > 0 && Character.isLetter(s.norm(i).charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
