package org.marsad.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.Affixes;

/**
 * The mode of an event: {@code negated} when a negation stands within six words before its
 * word ("لن تهدد"), or one of a noun right before it or before the noun it is the genitive of
 * ("عدم التعاون"، "دون وصول مظاهرة"، "دون أن يسفر"); {@code hypothetical} when a condition or a "maybe" is in
 * its clause ("إذا وافقت"); {@code planned} when its verb has the future prefix ("ستعقد"), a
 * plan word stands before it ("من المقرر أن") or a future word after it ("الشهر المقبل"), or
 * its date is after the publication date; a noun's, too, when a plan word or a verb in the future
 * stands anywhere before it in its clause with no comma between ("سيجري لقاءات لبحث سبل دفع
 * التعاون"); else {@code asserted}.
 */
final class ModeReader {

  static final String ASSERTED = "asserted";
  static final String PLANNED = "planned";
  static final String NEGATED = "negated";
  static final String HYPOTHETICAL = "hypothetical";

  private static final int NEGATION_REACH = 6;
  private static final int PLAN_REACH = 8;

  private final Cues cues;

  ModeReader(Cues cues) {
    this.cues = cues;
  }

  String mode(EventSentence s, int t, EventLexicon.Match m, String date, String published) {
    int from = clauseStart(s, t);
    int to = clauseEnd(s, t);
    for (int i = t - 1; i >= from && i >= t - NEGATION_REACH && !s.isComma(i); i--) {
      if (cues.negation.matchAt(s.norms, i) > 0) {
        return NEGATED;
      }
      int noun = cues.negationOfNoun.matchAt(s.norms, i);
      if (noun > 0 && (i + noun == t || (i + noun == t - 1 && (EventSentence.THAT.contains(s.norm(t - 1)) || !m.verb())))) {
        return NEGATED; // "عدم التعاون"، "دون أن يسفر"، "دون وصول مظاهرة"; not "طائرة بدون طيار أطلقت"
      }
    }
    for (int i = from; i < to; i++) {
      if (cues.hypothetical.matchAt(s.norms, i) > 0 && !(i > t && saidBetween(s, from, t, i))) {
        return HYPOTHETICAL;
      }
    }
    if (m.future()) {
      return PLANNED;
    }
    for (int i = Math.max(0, t - PLAN_REACH); i < t; i++) {
      if (cues.plannedBefore.matchAt(s.norms, i) > 0) {
        return PLANNED;
      }
    }
    // a noun is the object or aim of the verb before it: "سيجري سلسلة لقاءات لبحث سبل دفع التعاون"
    for (int i = t - 1; !m.verb() && i >= from && !s.isComma(i); i--) {
      if (cues.plannedBefore.matchAt(s.norms, i) > 0) {
        return PLANNED;
      }
    }
    for (int i = t + 1; i < s.size(); i++) {
      if (cues.plannedAfter.matchAt(s.norms, i) > 0) {
        return PLANNED;
      }
    }
    if (date != null && published != null && after(date, published)) {
      return PLANNED;
    }
    return ASSERTED;
  }

  /** The pronouns that "أن"/"إن" take ("إنه"، "أنها"، "إنهم"; after-that of affixes.tsv). */
  private static final Set<String> PRONOUNS = Set.copyOf(Affixes.of(Affixes.Kind.AFTER_THAT));

  /**
   * Whether the act at {@code t} stands in an aside between a verb of saying and the "أن"/"إن" (with its
   * pronoun or not) that opens what is said, right after the comma closing the aside, before a condition
   * at {@code condition}: the condition is of what is said, not of the act ("وقال، خلال مسيرة نظمها
   * حزبه اليوم، إنه لو كان رئيسا لاستدعى السفير"). Not where the act is itself in what is said ("قالت
   * الشرطة إن المسلحين احتجزوا رهائن بينما أفادت أنباء أن بعضهم قد يكون").
   */
  private static boolean saidBetween(EventSentence s, int from, int t, int condition) {
    for (int k = from; k < t; k++) {
      if (opensWhatIsSaid(s.norm(k))) {
        return false;
      }
    }
    for (int k = t + 2; k < condition; k++) {
      if (opensWhatIsSaid(s.norm(k)) && s.isComma(k - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWhatIsSaid(String n) {
    for (String that : EventSentence.THAT) {
      if (n.equals(that) || (n.startsWith(that) && PRONOUNS.contains(n.substring(that.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Whether TIMEX3 value {@code date} is a later day than {@code published}, compared as far as both go. */
  static boolean after(String date, String published) {
    int n = Math.min(Math.min(date.length(), published.length()), 10);
    if (n < 4 || !Character.isDigit(date.charAt(0)) || !Character.isDigit(published.charAt(0))) {
      return false;
    }
    if (date.length() > 5 && !Character.isDigit(date.charAt(5))) {
      date = firstDay(date); // "2026-W04": a week, a season or a quarter, read by its first day or its year
      n = Math.min(Math.min(date.length(), published.length()), 10);
    }
    return date.substring(0, n).compareTo(published.substring(0, n)) > 0;
  }

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  /** The first day of an ISO week ("2026-W04" is 2026-01-19), else the year alone of a season or quarter ("2026-SU"). */
  private static String firstDay(String date) {
    Matcher w = WEEK.matcher(date);
    if (w.lookingAt()) {
      return LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(DayOfWeek.MONDAY).toString();
    }
    return date.substring(0, 4);
  }

  /** The first token of the clause holding {@code t}: after the last clause-ending mark before it. */
  static int clauseStart(EventSentence s, int t) {
    int i = t - 1;
    while (i >= 0 && !s.isClauseEnd(i)) {
      i--;
    }
    return i + 1;
  }

  /** The token after the clause holding {@code t}. */
  static int clauseEnd(EventSentence s, int t) {
    int i = t + 1;
    while (i < s.size() && !s.isClauseEnd(i)) {
      i++;
    }
    return i;
  }
}
