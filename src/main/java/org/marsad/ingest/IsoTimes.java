package org.marsad.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marsad.time.DateLines;

/**
 * Publication times that pages and feeds state in machine form ("2021-09-28T17:29:00+03:00",
 * a feed's date) as the record writes them: to the minute, in UTC with {@code Z} when the
 * offset is known, the day alone when only the day is.
 */
final class IsoTimes {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** A date and a time separated by a space, as databases and many CMSs write them. */
  private static final Pattern SPACED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");
  /** The space before an offset: "10:30:00 +03:00". */
  private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("\\s+(?=[+-]\\d)");
  /** A date and a time as ISO 8601 writes them. */
  private static final Pattern DATE_T = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
  /** An offset without its colon: "+0300". */
  private static final Pattern BARE_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  private IsoTimes() {}

  static Optional<String> normalize(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (SPACED.matcher(v).matches()) {
      v = v.substring(0, 10) + "T" + v.substring(11); // "2025-03-16 10:30:00 +03:00"
      v = SPACE_BEFORE_OFFSET.matcher(v).replaceFirst("");
    }
    if (DATE_T.matcher(v).matches()) {
      v = BARE_OFFSET.matcher(v).replaceFirst("$1:$2"); // "+0300" as ISO writes it, "+03:00"
    }
    try {
      return Optional.of(of(OffsetDateTime.parse(v).toInstant()));
    } catch (DateTimeParseException e) {
      // not with an offset; try the forms below
    }
    try {
      return Optional.of(LocalDateTime.parse(v).format(MINUTE));
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return Optional.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).toString());
    } catch (DateTimeParseException e) {
      // not a date
    }
    try {
      return Optional.of(of(OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
    } catch (DateTimeParseException e) {
      return DateLines.parse(v);
    }
  }

  /** A bare ISO 8601 time with its offset ("2025-01-19T11:30:00+03:00"), in UTC. */
  static Optional<String> withOffset(String value) {
    try {
      return Optional.of(of(OffsetDateTime.parse(Phrases.strip(value)).toInstant()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static String of(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).format(MINUTE) + "Z";
  }
}
