package org.marsad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * Month and weekday names from {@code time/months.tsv} and {@code time/weekdays.tsv}, looked up
 * by their normalised spelling, and regular-expression alternations over them (longest first,
 * so "كانون الثاني" wins over a shorter name) for the patterns that match normalised text.
 */
public final class Calendars {

  private static final Map<String, Integer> MONTHS = load("time/months.tsv");
  private static final Map<String, Integer> WEEKDAYS = load("time/weekdays.tsv");
  /** Month names that are also common words, marked "ambiguous" in months.tsv. */
  private static final java.util.Set<String> AMBIGUOUS_MONTHS = DataFiles.rows("time/months.tsv", 2).stream()
      .filter(r -> r.field(2).equals("ambiguous")).map(r -> key(r.field(1))).collect(Collectors.toUnmodifiableSet());

  /** Alternation of every normalised month name; spaces inside a name match any run of spaces. */
  public static final String MONTH_ALTERNATION = alternation(MONTHS.keySet());
  public static final String WEEKDAY_ALTERNATION = alternation(WEEKDAYS.keySet());
  /** Only the definite weekday names ("الأحد", not "أحد", which is also "one of"). */
  public static final String DEFINITE_WEEKDAY_ALTERNATION = alternation(
      WEEKDAYS.keySet().stream().filter(Clitics::opensWithArticle).collect(Collectors.toSet()));

  private Calendars() {}

  /** Every month name, normalised. */
  static java.util.Set<String> monthNames() {
    return MONTHS.keySet();
  }

  /** Every weekday name, normalised. */
  static java.util.Set<String> weekdayNames() {
    return WEEKDAYS.keySet();
  }

  /** The month number (1-12) of a month name, in any supported spelling. */
  public static OptionalInt month(String name) {
    Integer m = MONTHS.get(key(name));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** The ISO day number (1 = Monday) of a weekday name. */
  public static OptionalInt weekday(String name) {
    Integer d = WEEKDAYS.get(key(name));
    return d == null ? OptionalInt.empty() : OptionalInt.of(d);
  }

  /** Whether a month name is also a common word and needs more than a preposition to be a month. */
  public static boolean isAmbiguousMonth(String name) {
    return AMBIGUOUS_MONTHS.contains(key(name));
  }

  /** The lookup form of a name: normalised, single spaces. */
  static String key(String name) {
    String n = ArabicNormalizer.normalize(name).strip();
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      } else if (!isSpace(n.charAt(i - 1))) {
        out.append(' '); // a run of white space as one space; strip() left none at the ends
      }
    }
    return out.toString();
  }

  /** White space as the patterns' {@code \\s} has it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static Map<String, Integer> load(String resource) {
    Map<String, Integer> out = new HashMap<>();
    for (DataFiles.Row row : DataFiles.rows(resource, 2)) {
      int n;
      try {
        n = Integer.parseInt(row.field(0));
      } catch (NumberFormatException e) {
        throw row.error("a number, then a name");
      }
      out.put(key(row.field(1)), n);
    }
    return Map.copyOf(out);
  }

  /** A regular-expression alternation of normalised names, longest first. */
  static String alternation(java.util.Collection<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return sorted.stream().map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
