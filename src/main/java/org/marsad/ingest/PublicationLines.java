package org.marsad.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;
import org.marsad.time.Calendars;
import org.marsad.time.DateLines;

/**
 * The publication time a page's date line states, in the record's ISO 8601 form. The date-line
 * forms are {@link DateLines}'; here what pages add around them:
 * <ul>
 *   <li>a lead before the date ("نشر في:", "آخر تحديث:", from {@code ingest/date-leads.tsv});
 *   <li>the Hijri date beside the Gregorian one, and the era letters: "الأحد - 16 رمضان 1446 هـ
 *       - 16 مارس 2025 م" (the Gregorian date is the one the record gives);
 *   <li>a local zone after the time ("بتوقيت أبوظبي", "(توقيت مكة)"): the clock time is kept
 *       as local, without {@code Z};
 *   <li>an ISO time with an offset ("2025-01-19T11:30:00+03:00"), converted to UTC.
 * </ul>
 */
final class PublicationLines {

  /** A date line with all of that is never longer than this. */
  private static final int MAX_LINE = 120;
  /** "2025 م", "1446 هـ": a year with its era letter (normalised: tatweel gone, so "ه"). */
  private static final Pattern ERA = Pattern.compile("(\\d{4})\\s*(?:م|ه)(?=$|[\\s\\-–|،,/)])");
  /** A zone after the clock time: "بتوقيت أبوظبي", "(توقيت مكه المكرمه)", "توقيت القدس". */
  private static final Pattern ZONE = Pattern.compile("\\(?\\s*ب?(?:ال)?توقيت\\s+([^()\\d]{2,30}?)\\s*\\)?\\s*$");
  /**
   * What stands between the parts of a date line: " - ", " | ", and the Arabic semicolon CNN Arabic
   * sets between the date and the clock time ("09 مارس 2026؛ 04:15 م").
   */
  private static final Pattern SEPARATORS = Pattern.compile("(?:^|\\s)[\\-–|](?=\\s|$)|\\||؛");
  /**
   * A numeric Hijri date with its era letter, year first as SPA writes it or day first ("1447/10/24 هـ",
   * "24/10/1447 هـ"): dropped, as the Gregorian date beside it is the one the record gives. A year
   * from 1300 to 1499 with "هـ" is Hijri.
   */
  private static final Pattern NUMERIC_HIJRI = Pattern.compile(
      "(?<![\\d/.\\-])(?:1[34]\\d{2}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]1[34]\\d{2})\\s*ه(?=$|[\\s\\-–|،,/)])(?:\\s*الموافق(?=\\s))?");
  /** A numeric Gregorian date with its era letter after it, "2026/04/12 م": the letter goes. */
  private static final Pattern NUMERIC_ERA = Pattern.compile(
      "(\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4})\\s*م(?=$|[\\s\\-–|،,/)])");
  /**
   * A site's domain set before the date with a bar ("arabic.news.cn | 2026-09-16 21:05:33", Xinhua):
   * a part of the line that is only a host name names no time.
   */
  private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,6}");

  /** Greenwich named anywhere in a (normalised) line: "GMT", "UTC", "بتوقيت غرينتش", "ت غ". */
  private static final Pattern GREENWICH = Pattern.compile(
      "\\(?\\s*(?:(?:ب?توقيت\\s+)?" + DateLines.GREENWICH + "|gmt|utc|ت\\s?غ(?=\\s|\\)|$))\\s*\\)?");
  private static final Pattern TIME_FIRST = Pattern.compile("^(\\d{1,2}:\\d{2}(?:\\s*(?:ص|م|am|pm))?)\\s*[-–|،,]?\\s*(.+)$");
  /** A year-first numeric date, after the weekday if any: "الثلاثاء 2025/10/21" (QNA, SPA, WAM). */
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "^(?:(?:" + Calendars.WEEKDAY_ALTERNATION + ")\\s*[,،\\-–]?\\s*)?"
          + "(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?=\\s|$)");

  private final List<String> leads = new ArrayList<>();
  private final Pattern hijriDate;
  /** A newspaper's issue number beside the day ("العدد ٥١٤٢", "العدد (6010)"), from {@code ingest/issue-labels.tsv}. */
  private final Pattern issue;

  PublicationLines() {
    for (String lead : DataFiles.lines("ingest/date-leads.tsv")) {
      leads.add(ArabicNormalizer.normalize(lead));
    }
    leads.sort((a, b) -> b.length() - a.length());
    List<String> months = new ArrayList<>();
    for (DataFiles.Row row : DataFiles.rows("time/hijri-months.tsv", 2)) {
      months.add(Pattern.quote(ArabicNormalizer.normalize(row.field(1))));
    }
    months.sort((a, b) -> b.length() - a.length());
    List<String> labels = new ArrayList<>();
    for (String label : DataFiles.lines("ingest/issue-labels.tsv")) {
      labels.add(Pattern.quote(ArabicNormalizer.normalize(label)));
    }
    issue = Pattern.compile("(?iu)(?:" + String.join("|", labels) + ")\\s*[:.]?\\s*\\(?\\s*\\p{Nd}{1,6}\\s*\\)?");
    // "الموافق" ("which falls on") joins the Hijri date to the Gregorian one after it, or before it
    // after a comma ("٢٠ أبريل ٢٠٢٦ م، الموافق ٣ ذو القعدة ١٤٤٧هـ"); the era letter may take a full
    // stop ("1448هـ. الموافق", Al-Watan of Oman)
    hijriDate = Pattern.compile("(?:[،,]?\\s*الموافق\\s+)?\\d{1,2}\\s+(?:" + String.join("|", months) + ")\\s+\\d{4}(?:\\s*ه\\.?(?=$|[\\s\\-–|،,]))?"
        + "(?:\\s*[\\-–|،,]?\\s*الموافق(?=\\s))?");
  }

  /**
   * The publication time {@code line} states, if it is a date line and nothing else; in UTC when
   * the line names its zone by an abbreviation ("02:15 م GST").
   */
  Optional<String> read(String line) {
    return stated(line).map(time -> inUtc(line, time));
  }

  /**
   * The publication time of a page's meta line, the date between its byline and its section ("بواسطة:
   * فلان | يوليو 7, 2026 - 4:55 م | أخبار"), or of a date line as {@link #read} takes it.
   */
  Optional<String> readMeta(String line) {
    return read(line).or(() -> DateLines.partOf(line)
        .map(part -> inUtc(line.substring(part.start(), part.end()), part.value())));
  }

  private static String inUtc(String line, String time) {
    if (!time.contains("T") || time.endsWith("Z")) {
      return time;
    }
    return DateLines.offset(line)
        .map(offset -> IsoTimes.of(LocalDateTime.parse(time).atOffset(offset).toInstant()))
        .orElse(time);
  }

  private Optional<String> stated(String line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    Optional<String> date = DateLines.parse(line);
    if (date.isPresent()) {
      return Optional.of(IsoTimes.withOffset(line).orElse(date.get()));
    }
    String s = ArabicNormalizer.normalize(Phrases.strip(line));
    s = withoutLead(s);
    s = NUMERIC_HIJRI.matcher(s).replaceAll(" | ");
    s = NUMERIC_ERA.matcher(s).replaceAll("$1");
    s = ERA.matcher(hijriDate.matcher(s).replaceAll(" | ")).replaceAll("$1");
    List<String> parts = new ArrayList<>();
    for (String part : SEPARATORS.split(s)) {
      if (!part.isBlank() && !DOMAIN.matcher(part.strip()).matches() && !issue.matcher(part.strip()).matches()) {
        parts.add(part.strip());
      }
    }
    s = String.join(" ", parts);
    date = DateLines.parse(s);
    if (date.isPresent()) {
      return date;
    }
    Matcher z = ZONE.matcher(s);
    if (z.find() && !gmt(z.group(1))) {
      Optional<String> local = DateLines.parse(s.substring(0, z.start()));
      if (local.isEmpty()) {
        local = reordered(s.substring(0, z.start()).strip()); // "الثلاثاء 2025/10/21 الساعة 16:40 (توقيت الدوحة)"
      }
      if (local.isPresent() && local.get().contains("T")) {
        return local; // only a clock time has a zone
      }
    }
    return reordered(s);
  }

  /**
   * Numeric dates with GMT, the time first or the year first, which the date-line forms do not
   * take as they stand: "17:29 GMT 28.09.2021", "2021/09/28 17:29".
   */
  private static Optional<String> reordered(String s) {
    Matcher g = GREENWICH.matcher(s);
    boolean greenwich = g.find();
    String t = greenwich ? (s.substring(0, g.start()) + " " + s.substring(g.end())).replaceAll("[()]", " ").strip() : s;
    Matcher first = TIME_FIRST.matcher(t);
    if (first.matches()) {
      t = first.group(2) + " " + first.group(1);
    }
    t = YEAR_FIRST.matcher(t).replaceFirst("$3/$2/$1");
    if (t.equals(s)) {
      return Optional.empty();
    }
    Optional<String> date = DateLines.parse(t);
    if (greenwich) {
      return date.map(d -> d.contains("T") && !d.endsWith("Z") ? d + "Z" : d);
    }
    return date;
  }

  /**
   * Whether a date line opens with a word that says what its date is ("نشر في", "آخر تحديث"), as a
   * bare date and time under the headline does not.
   */
  boolean withLead(String line) {
    String s = ArabicNormalizer.normalize(Phrases.strip(line));
    return !withoutLead(s).equals(s);
  }

  private String withoutLead(String s) {
    for (String lead : leads) {
      if (s.startsWith(lead) && (s.length() == lead.length() || !Character.isLetter(s.charAt(lead.length())))) {
        return s.substring(lead.length()).replaceFirst("^\\s*:?\\s*", "");
      }
    }
    Matcher m = SENTENCE_LEAD.matcher(s);
    return m.lookingAt() ? s.substring(m.end()) : s;
  }

  /**
   * A lead written as a sentence, a passive of publishing or updating with the thing published and
   * "في" before the date: "تم نشر هذا المحتوى في", "جرى تحديث هذا المقال في", "تم تحديث الخبر بتاريخ".
   */
  private static final Pattern SENTENCE_LEAD = Pattern.compile(
      "^(?:تم|جر[يى])\\s+(?:نشر|تحديث)(?:\\s+\\p{L}+){0,2}\\s+(?:في|بتاريخ)\\s*:?\\s*(?=\\p{Nd}|\\p{L})");

  /** Whether a zone name is Greenwich, as the date-line reader knows its spellings. */
  private static boolean gmt(String zone) {
    return DateLines.parse("1 يناير 2000 10:00 بتوقيت " + zone).filter(t -> t.endsWith("Z")).isPresent()
        || DateLines.parse("1 يناير 2000 10:00 " + zone).filter(t -> t.endsWith("Z")).isPresent();
  }
}
