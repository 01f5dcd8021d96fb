package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;

/**
 * Reads the date line a news page prints for its article ("الأحد ٣ مارس ٢٠٢٤ - ٠٩:١٥
 * بتوقيت غرينتش", "نشر بتاريخ: ٥ آب ٢٠٢٣", "08:05 GMT14 أكتوبر/ تشرين الأول 2019",
 * "2022-05-17T06:40:00Z") into ISO 8601: to the minute when a time is given, with {@code Z}
 * when the line says GMT or UTC. The line must be a date line and nothing else: a sentence
 * that contains a date is not one.
 */
public final class DateLines {

  /** Arabic month names and, for English templates ("Published On 12 Apr 2026"), English ones. */
  private static final String M = Calendars.alternation(union(Calendars.monthNames(), TimeWords.ENGLISH_MONTHS.keySet()));
  private static final String W = Calendars.alternation(union(Calendars.weekdayNames(), TimeWords.ENGLISH_WEEKDAYS.keySet()));
  /** The words that put a clock time in the morning or the afternoon, from {@code time/clock-halves.tsv}. */
  private static final Map<String, Boolean> HALVES = halves();
  private static final String HALF = Calendars.alternation(HALVES.keySet());
  /**
   * Words that may introduce a date line ("نشرت في:" of France 24, "نشر في:" of Al Jazeera, "تم
   * النشر:" of RT): those of {@code ingest/date-leads.tsv}, which the publication reader strips.
   */
  private static final String LEAD = "(?:(?:" + Calendars.alternation(leads()) + ")\\s*:?\\s*)?";
  /** Greenwich as Arabic pages spell it, normalised ("غرينتش"، "جرينيتش"). */
  public static final String GREENWICH = "(?:غرينتش|غرينيتش|جرينتش|جرينيتش)";
  private static final String ZONE = "(?<zone>بتوقيت\\s+" + GREENWICH + "|gmt|utc|ت\\s*غ)";
  private static final String TIME = "(?<h>\\d{1,2})[:.](?<min>\\d{2})(?::\\d{2})?\\s*(?<ampm>" + HALF + "(?![\\p{L}]))?";
  /**
   * Day, month name(s) — two systems may stand together, "سبتمبر/ أيلول" — and year, apart or
   * joined by slashes or dashes: "11/مارس/2026".
   */
  private static final String DMY = "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[/\\-]|من\\s|of\\s)?\\s*(?<m>" + M + ")\\.?(?:\\s*[/\\-(]\\s*" + M
      + "\\s*\\)?)?\\s*[,،/\\-]?\\s*(?<y>\\d{4})";
  /**
   * The month first, the day, a comma and the year, as English templates and WordPress in an
   * Arabic locale ("F j, Y") print them: "April 12, 2026", "أبريل 12, 2026". The comma is required.
   */
  private static final String MDY = "(?<m>" + M + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]\\s*(?<y>\\d{4})";
  /**
   * A local zone after the clock time, the time being that zone's: "بتوقيت مكة المكرمة", "(توقيت
   * الدوحة)", "بالتوقيت المحلي". Greenwich is tried before it.
   */
  private static final String LOCAL_ZONE = "\\(?\\s*ب?(?:ال)?توقيت(?:\\s+[^()\\d\\s]{2,20}){1,2}\\s*\\)?";
  /**
   * A time after the date: "| 08:47 GMT", "- الساعة 10:15 ص", "على الساعة 16:05" (Maghreb), ",2026: 02:15 م" (Al Arabiya),
   * "2026. 9:15 مساء" (a full stop after the year), "2026 - 11h30" (the French hour mark of Maghreb pages).
   */
  private static final String LATER_TIME = "(?:\\s*[-–,،|:.]?\\s*(?:(?:(?:على|علي|في)\\s+)?(?:الساعه|at)\\s*:?\\s*)?(?<h2>\\d{1,2})(?:[:.]|h(?=\\d))(?<min2>\\d{2})(?::\\d{2})?"
      + "\\s*(?<ampm2>" + HALF + "(?![\\p{L}]))?)?\\s*(?:(?<zone2>بتوقيت\\s+" + GREENWICH + "|gmt|utc)|" + LOCAL_ZONE + ")?";
  /**
   * What may follow a date line and is not part of it: "(تم التحديث: 09:10 GMT14.01.2026)", or
   * the update time after the publication time on the same line, "آخر تحديث: 03 أغسطس ,2026".
   */
  private static final Pattern UPDATE_NOTE = Pattern.compile(
      "\\s*(?:[(\\[]\\s*(?:تم\\s+)?(?:التحديث|تحديث|اخر تحديث|updated)[^)\\]]*[)\\]]"
          + "|(?<=\\S)\\s+[-–|]?\\s*(?:تم\\s+التحديث|اخر\\s+تحديث|updated)\\s*:?.*)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A zone abbreviation ending the line ("GST"), from {@code time/zone-offsets.tsv}: the time is the zone's. */
  private static final Map<String, ZoneOffset> OFFSETS = offsets();
  /** The abbreviations of {@code time/zone-offsets.tsv} as a regex alternation: "GST|MSK|...". */
  static final String OFFSET_ZONES = String.join("|", OFFSETS.keySet());
  private static final Pattern OFFSET_ZONE = Pattern.compile(
      "\\s+\\(?(" + OFFSET_ZONES + ")\\)?\\s*$", Pattern.CASE_INSENSITIVE);
  /**
   * Greenwich with the offset after it ending the line: "16:20 GMT+2" (Euronews), "UTC+03:00",
   * "بتوقيت غرينتش +3". The clock time is the zone's local time.
   */
  static final String GREENWICH_OFFSET = "(?:(?:بتوقيت\\s+)?" + GREENWICH + "|gmt|utc)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?";
  private static final Pattern GREENWICH_OFFSET_END = Pattern.compile(
      "\\s+\\(?(" + GREENWICH_OFFSET + ")\\)?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFSET_FIGURES = Pattern.compile("([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?$");
  /** Brackets some pages put around the whole line: "[11/مارس/2026]". */
  private static final Pattern BRACKETED = Pattern.compile("^[\\[(](.*)[\\])]$");

  private static final Pattern NAMED = Pattern.compile(
      "^" + LEAD + "(?:" + W + "\\s*[,،]?\\s*)?"
          + "(?:" + TIME + "\\s*" + ZONE + "?\\s*[-–,،|]?\\s*(?:" + W + "\\s*[,،\\-–]?\\s*)?)?"
          + DMY + LATER_TIME + "\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern MONTH_FIRST = Pattern.compile(
      "^" + LEAD + "(?:" + W + "\\s*[,،]?\\s*)?" + "(?:" + TIME + "\\s*" + ZONE + "?\\s*[-–,،|]?\\s*)?"
          + MDY + LATER_TIME + "\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern ISO = Pattern.compile(
      "^" + LEAD + "(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?:[t ](?<h>\\d{2}):(?<min>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?<z>z|[+-]\\d{2}:?\\d{2})?)?\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** "18.03.2026 | 08:47 GMT", "06:42 GMT14.01.2026": day first, as Arabic pages write it. */
  private static final Pattern NUMERIC = Pattern.compile(
      "^" + LEAD + "(?:" + W + "\\s*[,،\\-–]?\\s*)?" + "(?:" + TIME + "\\s*" + ZONE + "?\\s*[-–,،|]?\\s*(?:" + W + "\\s*[,،\\-–]?\\s*)?)?"
          + "(?<d>\\d{1,2})[/.\\-](?<mo>\\d{1,2})[/.\\-](?<y>\\d{4})" + LATER_TIME + "\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The year first, as Gulf agencies and many CMSs write it: "2026/04/12", "الأحد 2026.04.12 - 14:20". */
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "^" + LEAD + "(?:" + W + "\\s*[,،\\-–]?\\s*)?"
          + "(?:" + TIME + "\\s*" + ZONE + "?\\s*[-–,،|]?\\s*)?"
          + "(?<y>\\d{4})[/.\\-](?<mo>\\d{1,2})[/.\\-](?<d>\\d{1,2})" + LATER_TIME + "\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateLines() {}

  private static final Pattern UPDATE_NOTE_START = Pattern.compile(
      "\\s*[(\\[]\\s*(?:تم\\s+)?(?:التحديث|تحديث|آخر تحديث|اخر تحديث|updated)"
          + "|(?<=\\S)\\s+[-–|]?\\s*(?:تم\\s+التحديث|[اآ]خر\\s+تحديث|updated)(?=\\s*[:\\d])", Pattern.CASE_INSENSITIVE);

  /** Where a date line's own words end: before an update note "(تم التحديث: ...)", if any. */
  static int endBeforeUpdateNote(String line) {
    Matcher m = UPDATE_NOTE_START.matcher(line);
    return m.find() ? m.start() : line.length();
  }

  /** The ISO 8601 publication time a date line states, if the line is one. */
  public static Optional<String> parse(String line) {
    if (line.length() > MAX_LINE || !hasDigit(line)) {
      return Optional.empty(); // every form has a year in digits, and no date line is a paragraph
    }
    String s = UPDATE_NOTE.matcher(ArabicNormalizer.normalize(line).strip()).replaceFirst("");
    s = OFFSET_ZONE.matcher(s).replaceFirst(""); // the clock time is read as the zone's local time
    s = GREENWICH_OFFSET_END.matcher(s).replaceFirst("");
    Matcher b = BRACKETED.matcher(s);
    if (b.matches()) {
      s = b.group(1).strip();
    }
    if (s.length() > 80) {
      return Optional.empty();
    }
    Matcher m = NAMED.matcher(s);
    if (!m.matches()) {
      m = MONTH_FIRST.matcher(s);
    }
    if (m.matches()) {
      OptionalInt month = month(m.group("m"));
      String h = m.group("h") != null ? m.group("h") : m.group("h2");
      String min = m.group("h") != null ? m.group("min") : m.group("min2");
      String ampm = m.group("h") != null ? m.group("ampm") : m.group("ampm2");
      boolean zulu = m.group("zone") != null || m.group("zone2") != null;
      return iso(m.group("y"), month.orElse(0), m.group("d"), h, min, ampm, zulu);
    }
    m = ISO.matcher(s);
    if (m.matches()) {
      String z = m.group("z");
      boolean zulu = z != null && (z.equalsIgnoreCase("z") || z.matches("\\+00:?00"));
      return iso(m.group("y"), Integer.parseInt(m.group("mo")), m.group("d"), m.group("h"), m.group("min"), null, zulu);
    }
    m = NUMERIC.matcher(s);
    if (!m.matches()) {
      m = YEAR_FIRST.matcher(s);
    }
    if (m.matches()) {
      String h = m.group("h") != null ? m.group("h") : m.group("h2");
      String min = m.group("h") != null ? m.group("min") : m.group("min2");
      String ampm = m.group("h") != null ? m.group("ampm") : m.group("ampm2");
      boolean zulu = m.group("zone") != null || m.group("zone2") != null;
      return iso(m.group("y"), Integer.parseInt(m.group("mo")), m.group("d"), h, min, ampm, zulu);
    }
    return Optional.empty();
  }

  /** A clock time ending a line, after a space or alone: "09:40 ص", "إسلام آباد- (وكالات) 09:40 ص". */
  private static final Pattern CLOCK_AT_END = Pattern.compile("(?:^|\\s)" + TIME + "\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A clock time ending a line: the words before it (normalised) and the time, "HH:MM" on 24 hours. */
  public record Clock(String before, String time) {}

  /**
   * The clock time a line ends with ("09:40 ص" alone, or after a dateline as Al-Ghad sets it), on 24
   * hours by its morning or afternoon word; a line without a year's date, which {@link #parse} reads.
   */
  public static Optional<Clock> clockAtEnd(String line) {
    if (line.length() > MAX_LINE || !hasDigit(line)) {
      return Optional.empty();
    }
    String s = ArabicNormalizer.normalize(line).strip();
    Matcher m = CLOCK_AT_END.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    return iso("2000", 1, "1", m.group("h"), m.group("min"), m.group("ampm"), false)
        .filter(t -> t.indexOf('T') > 0)
        .map(t -> new Clock(s.substring(0, m.start()).strip(), t.substring(t.indexOf('T') + 1)));
  }

  /** The part of a line that is its date line: where it starts and ends, and the time it states. */
  public record Part(int start, int end, String value) {}

  /** A part of a meta line other than its date is a few words: a byline, a section's name. */
  private static final int MAX_OTHER_PART_WORDS = 4;
  /** Where a meta line parts: a bar, or a colon after a word ("بواسطة: ...", "كتب- فلان: "), not a clock's. */
  private static final Pattern META_SEPARATOR = Pattern.compile("\\||(?<=\\p{L})\\s*:(?=\\s)");

  /**
   * The date line inside a page's meta line, which sets it between a byline and a section with bars
   * or after the byline's colon, as WordPress themes and Egyptian sites print it: "بواسطة: فريق
   * التحرير | يوليو 7, 2026 - 4:55 م | أخبار ليبيا", "كتب- فلان الفلاني: 06:15 م الأحد 15 نوفمبر 2026".
   * The parts around the date must be a few words without figures; a line that is a date line as it
   * stands is no meta line ({@link #parse} reads it).
   */
  public static Optional<Part> partOf(String line) {
    if (line.length() > MAX_META_LINE || !hasDigit(line)) {
      return Optional.empty();
    }
    List<int[]> parts = new ArrayList<>();
    Matcher m = META_SEPARATOR.matcher(line);
    int from = 0;
    while (m.find()) {
      parts.add(new int[] {from, m.start()});
      from = m.end();
    }
    parts.add(new int[] {from, line.length()});
    if (parts.size() < 2 || parts.size() > MAX_META_PARTS) {
      return Optional.empty(); // a line of many bars is a menu or a table, and each pair of parts would be read
    }
    for (int i = 0; i < parts.size(); i++) {
      for (int j = parts.size() - 1; j >= i; j--) {
        if (i == 0 && j == parts.size() - 1) {
          continue; // the whole line
        }
        Optional<Part> p = datePart(line, parts, i, j);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  /** Parts {@code i} to {@code j} as the date, if they read as one and every other part is a few words without figures. */
  private static Optional<Part> datePart(String line, List<int[]> parts, int i, int j) {
    for (int k = 0; k < parts.size(); k++) {
      String other = line.substring(parts.get(k)[0], parts.get(k)[1]);
      if ((k < i || k > j) && (hasDigit(other) || words(other) > MAX_OTHER_PART_WORDS)) {
        return Optional.empty();
      }
    }
    int start = parts.get(i)[0];
    int end = parts.get(j)[1];
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int s0 = start;
    int e0 = end;
    return parse(line.substring(start, end)).map(v -> new Part(s0, e0, v));
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** A meta line has at most this many parts: byline, author, date, time, section, and one more. */
  private static final int MAX_META_PARTS = 6;
  /** A meta line with its byline and section is no longer than this. */
  private static final int MAX_META_LINE = 160;

  /**
   * The offset of the zone a date line names by its abbreviation ("... 02:15 م GST": +04:00),
   * after its update note is set aside. Empty when it names none, or names GMT or UTC (read as such by {@link #parse}).
   */
  public static Optional<ZoneOffset> offset(String line) {
    String s = UPDATE_NOTE.matcher(ArabicNormalizer.normalize(line).strip()).replaceFirst("");
    Matcher m = OFFSET_ZONE.matcher(s);
    if (m.find()) {
      return Optional.of(OFFSETS.get(m.group(1).toUpperCase(Locale.ROOT)));
    }
    m = GREENWICH_OFFSET_END.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher f = OFFSET_FIGURES.matcher(m.group(1));
    if (!f.find()) {
      return Optional.empty();
    }
    int hours = Integer.parseInt(f.group(2));
    int minutes = f.group(3) == null ? 0 : Integer.parseInt(f.group(3));
    if (hours > 14 || minutes > 59) {
      return Optional.empty();
    }
    int sign = f.group(1).equals("+") ? 1 : -1;
    return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
  }

  /**
   * Where the date of a line starts when a month name stands right before its first digit
   * ("April 12, 2026", "أبريل 12, 2026"): at the month; else at {@code digit}.
   */
  public static int monthBefore(String text, int lineStart, int digit) {
    int end = digit;
    while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int end0 = end > lineStart && text.charAt(end - 1) == '.' ? end - 1 : end; // "Apr. 12"
    int start = end0;
    while (start > lineStart && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < end0 && end < digit && month(text.substring(start, end0)).isPresent() ? start : digit;
  }

  /** An English or Arabic month name's number. */
  private static OptionalInt month(String name) {
    OptionalInt m = Calendars.month(name);
    Integer english = TimeWords.ENGLISH_MONTHS.get(Calendars.key(name));
    return m.isPresent() || english == null ? m : OptionalInt.of(english);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** Each word of {@code time/clock-halves.tsv}, normalised: true for the afternoon. */
  private static Map<String, Boolean> halves() {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (DataFiles.Row row : DataFiles.rows("time/clock-halves.tsv", 2)) {
      if (!row.field(0).equals("AM") && !row.field(0).equals("PM")) {
        throw row.error("AM or PM, then a word");
      }
      out.put(Calendars.key(row.field(1)), row.field(0).equals("PM"));
    }
    return Map.copyOf(out);
  }

  /** The lead words of {@code ingest/date-leads.tsv}, normalised. */
  private static List<String> leads() {
    return DataFiles.lines("ingest/date-leads.tsv").stream().map(ArabicNormalizer::normalize).toList();
  }

  private static Map<String, ZoneOffset> offsets() {
    Map<String, ZoneOffset> out = new LinkedHashMap<>();
    for (DataFiles.Row row : DataFiles.rows("time/zone-offsets.tsv", 2)) {
      out.put(row.field(0).toUpperCase(Locale.ROOT), ZoneOffset.of(row.field(1)));
    }
    return Map.copyOf(out);
  }

  /** Longer than this, a line is no date line, update note and all. */
  private static final int MAX_LINE = 400;

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> iso(String y, int month, String d, String h, String min, String ampm,
      boolean zulu) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), month, Integer.parseInt(d));
      if (h == null) {
        return Optional.of(date.toString());
      }
      int hour = Integer.parseInt(h);
      int minute = Integer.parseInt(min);
      Boolean afternoon = ampm == null ? null : HALVES.get(Calendars.key(ampm));
      if (Boolean.TRUE.equals(afternoon) && hour < 12) {
        hour += 12;
      } else if (Boolean.FALSE.equals(afternoon) && hour == 12) {
        hour = 0;
      }
      if (hour > 23 || minute > 59) {
        return Optional.of(date.toString());
      }
      return Optional.of(String.format("%sT%02d:%02d%s", date, hour, minute, zulu ? "Z" : ""));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
