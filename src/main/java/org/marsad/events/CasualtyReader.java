package org.marsad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.marsad.doc.Casualties;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * The dead and injured a sentence counts: a casualty word of {@code events/casualties.tsv} with
 * a number right after it ("مقتل 15 شخصا"، "إصابة أكثر من عشرين") or right before it ("35
 * قتيلا"), or with its counted noun before the word ("21 شخصا لقوا حتفهم"), the number in digits or
 * words ({@link NumberWords}). A vague count ("عشرات") or a figure beyond any range gives none;
 * of several figures of one kind the largest is kept.
 * Where no number follows, a noun or passive marked "person" counts the singular or dual noun of
 * {@code events/persons.tsv} right after it ("مقتل شرطي": 1، "إصابة جنديين": 2).
 */
final class CasualtyReader {

  private enum Kind { KILLED, INJURED }

  /**
   * A casualty word: its kind, whether its number follows it, the number it counts by itself (a
   * dual) or -1, and whether a singular or dual person noun right after it counts the victims.
   */
  private record Cue(Kind kind, boolean before, int itself, boolean person) {}

  /** How far back from an "after" word its number may start, in tokens ("ثلاثة آلاف قتيل"). */
  private static final int NUMBER_REACH = 4;

  /** How many words of a time may stand between a casualty word and its number ("قتل يوم الخميس سبعة"). */
  private static final int TIME_WORDS = 3;

  private final Map<String, Cue> cues = new HashMap<>();
  /** The singular and dual person nouns of {@code events/persons.tsv}, with the number each counts. */
  private final Map<String, Integer> persons = new HashMap<>();
  private final NumberWords numbers;
  private final Sectors sectors;

  CasualtyReader(NumberWords numbers, Sectors sectors) {
    this.numbers = numbers;
    this.sectors = sectors;
    for (DataFiles.Row row : DataFiles.rows("events/casualties.tsv", 3)) {
      Kind kind = switch (row.field(1)) {
        case "killed" -> Kind.KILLED;
        case "injured" -> Kind.INJURED;
        default -> throw row.error("\"killed\" or \"injured\" in field 2");
      };
      String where = row.field(2);
      if (!where.equals("before") && !where.equals("after") && !where.matches("[0-9]+")) {
        throw row.error("\"before\", \"after\" or the number the word counts by itself in field 3");
      }
      boolean person = row.fields().size() > 3 && row.field(3).equals("person");
      if (row.fields().size() > 3 && !person) {
        throw row.error("\"person\" or nothing in field 4");
      }
      cues.put(ArabicNormalizer.normalize(row.field(0)), new Cue(kind, where.equals("before"),
          where.matches("[0-9]+") ? Integer.parseInt(where) : -1, person));
    }
    for (DataFiles.Row row : DataFiles.rows("events/persons.tsv", 1)) {
      persons.put(ArabicNormalizer.normalize(row.field(0)), 1);
      for (int f = 1; f < row.fields().size(); f++) {
        persons.put(ArabicNormalizer.normalize(row.field(f)), 2);
      }
    }
  }

  /** The casualties counted in tokens [{@code from}, {@code to}) of a sentence, or null when none is counted. */
  Casualties read(List<String> norms, int from, int to) {
    return read(norms, from, to, i -> false);
  }

  /**
   * As {@link #read(List, int, int)}, where the tokens {@code time} holds may stand between a
   * "before" word and its number ("قتل أمس سبعة").
   */
  Casualties read(List<String> norms, int from, int to, IntPredicate time) {
    long killed = -1;
    long injured = -1;
    for (int k = from; k < to; k++) {
      Cue cue = cueAt(norms.get(k));
      if (cue == null) {
        continue;
      }
      long n = cue.itself() >= 0 ? cue.itself() : cue.before() ? after(norms, k, to, time) : before(norms, k, from);
      if (n < 0 && cue.before() && k - 1 > from && sectors.at(norms, k - 1) != null) {
        n = before(norms, k - 1, from); // "إن 21 شخصا قتلوا": the number and its noun, the verb's subject, before it
      }
      if (n < 0 && cue.person() && k + 1 < to) {
        n = personCount(norms.get(k + 1));
      }
      if (n < 0) {
        continue;
      }
      if (cue.kind() == Kind.KILLED) {
        killed = Math.max(killed, n);
      } else {
        injured = Math.max(injured, n);
      }
    }
    if (killed < 0 && injured < 0) {
      return null;
    }
    return new Casualties(killed < 0 ? null : (int) killed, injured < 0 ? null : (int) injured);
  }

  /**
   * Whether tokens [{@code from}, {@code to}) tell dead or injured without a figure to give: a
   * casualty word marked "person" with the people after it named but not counted ("مقتل مدنيين"،
   * "مقتل عشرات الأشخاص"، "إصابة جنود"), or with a number beyond any count ("مقتل 10000000000
   * شخص"). The sentence reports its act as much as one that counts them.
   */
  boolean toldWithoutFigure(List<String> norms, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      Cue cue = cueAt(norms.get(k));
      if (cue == null || !cue.person()) {
        continue;
      }
      NumberWords.Number n = numbers.at(norms, k + 1);
      if ((n != null && !n.usable()) || (n == null && sectors.at(norms, k + 1) != null)) {
        return true;
      }
    }
    return false;
  }

  private Cue cueAt(String norm) {
    for (String stem : Clitics.stems(norm)) {
      Cue c = cues.get(stem);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** The number a person noun counts by its own number ("شرطي" 1، "الشرطيين" 2), or -1. */
  private long personCount(String norm) {
    Integer n = persons.get(norm);
    if (n == null) {
      n = persons.get(Clitics.withoutArticle(norm));
    }
    return n == null ? -1 : n;
  }

  /** The figure after a "before" word: past any hedge, or after the counted noun ("مدنيين اثنين"). */
  private long after(List<String> norms, int k, int to, IntPredicate time) {
    int j = k + 1;
    while (j < to && j <= k + TIME_WORDS && time.test(j)) {
      j++;
    }
    if (j < to) {
      j += numbers.hedges.matchAt(norms, j);
    }
    if (j >= to) {
      return -1;
    }
    NumberWords.Number n = numbers.at(norms, j);
    if (n == null && j + 1 < to && sectors.at(norms, j) != null) {
      n = numbers.at(norms, j + 1);
    }
    return n != null && n.usable() ? n.value() : -1;
  }

  /** The figure that ends right before an "after" word ("35 قتيلا"). */
  private long before(List<String> norms, int k, int from) {
    for (int j = Math.max(from, k - NUMBER_REACH); j < k; j++) { // the longest first: "ثلاثة آلاف"، not "آلاف"
      NumberWords.Number n = numbers.at(norms, j);
      if (n != null && j + n.length() == k) {
        return n.usable() ? n.value() : -1;
      }
    }
    return -1;
  }
}
