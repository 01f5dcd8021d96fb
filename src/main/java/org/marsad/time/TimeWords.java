package org.marsad.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.text.DataFiles;

/**
 * The word lists of time expressions, from the data files under {@code time/}: every key is
 * in its normalised spelling ({@link Calendars#key}), so the patterns that match normalised
 * text and the lookups after a match agree.
 */
final class TimeWords {

  /** A time unit and the form of the word naming it. */
  record Unit(String code, String form) {

    /** How many units the word itself counts: two for a dual ("عامين"), else one. */
    int count() {
      return form.equals("dual") ? 2 : 1;
    }
  }

  static final Map<String, Integer> HIJRI_MONTHS = numbered("time/hijri-months.tsv");
  static final Map<String, Integer> ENGLISH_MONTHS = numbered("time/english-months.tsv");
  static final Map<String, Integer> ENGLISH_WEEKDAYS = numbered("time/english-weekdays.tsv");
  static final Map<String, Integer> NUMBERS = numbered("time/numbers.tsv");
  static final Map<String, Integer> RELATIVE = numbered("time/relative.tsv");
  static final Map<String, Integer> DEICTIC_DAYS = numbered("time/deictic-days.tsv");
  static final Map<String, Integer> DECADES = numbered("time/decades.tsv");
  static final Map<String, Integer> CENTURIES = numbered("time/centuries.tsv");
  static final Map<String, Integer> ORDINALS = numbered("time/ordinals.tsv");
  static final Map<String, String> MODIFIERS = coded("time/modifiers.tsv");
  static final Map<String, String> DAY_PARTS = coded("time/day-parts.tsv");
  static final Map<String, String> SEASONS = coded("time/seasons.tsv");
  static final Map<String, String> SET_WORDS = coded("time/set-words.tsv");
  static final Map<String, Integer> CLOCK_HOURS = numbered("time/clock-hours.tsv");
  static final Map<String, Integer> CLOCK_FRACTIONS = numbered("time/clock-fractions.tsv");
  static final Map<String, String> CLOCK_HALVES = coded("time/clock-day-halves.tsv");
  static final Set<String> CLOCK_LEADS = listed("time/clock-leads.tsv");
  static final Map<String, Unit> UNITS = units("time/units.tsv");
  static final Set<String> LAST_WORDS = listed("time/last-words.tsv");
  static final Set<String> YEAR_LEADS = listed("time/year-leads.tsv");
  static final Set<String> YEAR_NOUNS = listed("time/year-nouns.tsv");
  static final Set<String> QUANTITY_WORDS = listed("time/quantity-words.tsv");
  static final Set<String> FUTURE_CUES = listed("time/future-cues.tsv");
  static final Set<String> ZONES = listed("time/zones.tsv");
  static final Set<String> WORSHIP_DAYS = listed("time/worship-days.tsv");
  /** Nouns before which a day and a month without a year are a name: "حركة 23 مارس" ({@code time/name-heads.tsv}). */
  static final Set<String> NAME_HEADS = listed("time/name-heads.tsv");
  static final Set<String> AGE_NOUNS_BEFORE = tagged("time/age-nouns.tsv", "before");
  static final Set<String> AGE_NOUNS_AFTER = tagged("time/age-nouns.tsv", "after");
  static final Set<String> ANAPHORS_BEFORE = tagged("time/anaphors.tsv", "before");
  static final Set<String> ANAPHORS_AFTER = tagged("time/anaphors.tsv", "after");
  static final Set<String> RANGE_LEADS = tagged("time/ranges.tsv", "before");
  static final Set<String> RANGE_LINKS = tagged("time/ranges.tsv", "after");
  static final Set<String> DURATION_LEADS = listed("time/duration-leads.tsv");
  static final Set<String> WHOLE_UNIT_WORDS = listed("time/whole-unit-words.tsv");
  static final Set<String> BEFORE_LAST = listed("time/before-last.tsv");
  static final Set<String> NOT_TODAY_AFTER = tagged("time/not-today.tsv", "after");
  static final Set<String> NOT_TODAY_BEFORE = tagged("time/not-today.tsv", "before");
  /** Nouns after which "أمس" is the superlative "أمسّ" ("بأمس الحاجة": in direst need), not "yesterday". */
  static final Set<String> NOT_YESTERDAY_AFTER = tagged("time/not-today.tsv", "yesterday-after");

  private TimeWords() {}

  /** The unit words of one form ("sg", "pl", "acc", "dual"). */
  static Set<String> unitWords(String... forms) {
    Set<String> wanted = Set.of(forms);
    Set<String> out = new HashSet<>();
    UNITS.forEach((word, unit) -> {
      if (wanted.contains(unit.form())) {
        out.add(word);
      }
    });
    return out;
  }

  /** Rows "number TAB word". */
  private static Map<String, Integer> numbered(String resource) {
    Map<String, Integer> out = new HashMap<>();
    for (DataFiles.Row row : DataFiles.rows(resource, 2)) {
      try {
        out.put(Calendars.key(row.field(1)), Integer.parseInt(row.field(0)));
      } catch (NumberFormatException e) {
        throw row.error("a number, then a word");
      }
    }
    return Map.copyOf(out);
  }

  /** Rows "CODE TAB word". */
  private static Map<String, String> coded(String resource) {
    Map<String, String> out = new HashMap<>();
    for (DataFiles.Row row : DataFiles.rows(resource, 2)) {
      out.put(Calendars.key(row.field(1)), row.field(0));
    }
    return Map.copyOf(out);
  }

  /** Rows "UNIT TAB word TAB form". */
  private static Map<String, Unit> units(String resource) {
    Set<String> forms = Set.of("sg", "pl", "acc", "dual");
    Map<String, Unit> out = new HashMap<>();
    for (DataFiles.Row row : DataFiles.rows(resource, 3)) {
      if (!forms.contains(row.field(2))) {
        throw row.error("a unit, a word and one of the forms " + forms);
      }
      out.putIfAbsent(Calendars.key(row.field(1)), new Unit(row.field(0), row.field(2)));
    }
    return Map.copyOf(out);
  }

  /** One word a line. */
  private static Set<String> listed(String resource) {
    Set<String> out = new HashSet<>();
    for (DataFiles.Row row : DataFiles.rows(resource, 1)) {
      out.add(Calendars.key(row.field(0)));
    }
    return Set.copyOf(out);
  }

  /** The words of rows "tag TAB word" with the given tag. */
  private static Set<String> tagged(String resource, String tag) {
    Set<String> out = new HashSet<>();
    for (DataFiles.Row row : DataFiles.rows(resource, 2)) {
      if (!Set.of("after", "before", "yesterday-after").contains(row.field(0))) {
        throw row.error("\"after\", \"before\" or \"yesterday-after\", then a word");
      }
      if (row.field(0).equals(tag)) {
        out.add(Calendars.key(row.field(1)));
      }
    }
    return Set.copyOf(out);
  }
}
