package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.text.DataFiles;
import org.marsad.time.DateLines;

/**
 * The publication time a page's date line states, in the record's ISO 8601 form. The date-line
 * forms are {@link DateLines}'; here two things pages add to them: an ISO time with an offset
 * ("2025-01-19T11:30:00+03:00", kept by converting to UTC) and a local zone after the time
 * ("بتوقيت مكة المكرمة", from {@code time/zones.tsv}: the clock time is kept as local).
 */
final class PublicationLines {

  /** A date line with its zone is never longer than this. */
  private static final int MAX_LINE = 100;

  /** Zone phrases, normalised, that are not GMT: the time before them is local. */
  private final List<String> localZones = new ArrayList<>();

  PublicationLines() {
    for (String zone : DataFiles.lines("time/zones.tsv")) {
      String k = Phrases.key(zone);
      boolean gmt = DateLines.parse("1 يناير 2000 10:00 " + zone).filter(t -> t.endsWith("Z")).isPresent()
          || DateLines.parse("10:00 " + zone + " 1 يناير 2000").filter(t -> t.endsWith("Z")).isPresent();
      if (!gmt && !k.isEmpty()) {
        localZones.add(k);
      }
    }
    localZones.sort((a, b) -> b.length() - a.length());
  }

  /** The publication time {@code line} states, if it is a date line and nothing else. */
  Optional<String> read(String line) {
    Optional<String> date = DateLines.parse(line);
    if (date.isPresent()) {
      return Optional.of(IsoTimes.withOffset(line).orElse(date.get()));
    }
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    String k = Phrases.key(line);
    for (String zone : localZones) {
      if (k.endsWith(" " + zone)) {
        Optional<String> local = DateLines.parse(withoutLastWords(Phrases.strip(line), Phrases.words(zone)));
        if (local.isPresent() && local.get().contains("T")) {
          return local; // only a clock time has a zone
        }
      }
    }
    return Optional.empty();
  }

  private static String withoutLastWords(String s, int n) {
    int end = s.length();
    for (int w = 0; w < n; w++) {
      while (end > 0 && !Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
    }
    return s.substring(0, end);
  }
}
