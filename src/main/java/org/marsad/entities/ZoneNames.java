package org.marsad.entities;

import java.util.List;
import java.util.regex.Pattern;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.DataFiles;

/**
 * A place named as the time zone of a page's date line ("25 أغسطس، 2026 الساعة 15:05 (بتوقيت واشنطن)"،
 * "نشر في: 16 مارس 2025 - 10:30 بتوقيت أبوظبي"): the words of {@code entities/zone-leads.tsv} right before
 * it, on a short line with a year. The page says when, not where: such a name is no mention of the
 * place, and an entity left with no other mention goes. In a sentence the zone's city stays a mention,
 * as ANERcorp tags it ("في 0010 بتوقيت مكة المكرمة": مكة B-LOC, 4 of 4 in its dev part).
 */
final class ZoneNames {

  private static final List<String> LEADS = DataFiles.lines("entities/zone-leads.tsv").stream()
      .map(l -> l.replaceAll("\\s+", "")).toList();
  /** A lead stands within this many characters before the name (white space between counts). */
  private static final int LOOK_BACK = 16;
  /** A date line is at most this many words. */
  private static final int DATE_LINE_WORDS = 16;
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

  private ZoneNames() {}

  /** {@code entities} without their mentions named as a time zone in {@code text}. */
  static List<Entity> withoutZones(String text, List<Entity> entities) {
    if (text.indexOf("توقيت") < 0) {
      return entities; // most articles
    }
    return PageMentions.without(entities, e -> e.type() == EntityType.GPE || e.type() == EntityType.LOC,
        at -> asZone(text, at));
  }

  /** Whether the name at offset {@code at} of {@code text} follows a zone lead ("بتوقيت ") on a date line. */
  static boolean asZone(String text, int at) {
    String before = text.substring(Math.max(0, at - LOOK_BACK), at).replaceAll("\\s+", "");
    if (LEADS.stream().noneMatch(before::endsWith)) {
      return false;
    }
    int from = text.lastIndexOf('\n', at - 1) + 1;
    int to = text.indexOf('\n', at);
    String line = text.substring(from, to < 0 ? text.length() : to).strip();
    return line.split("\\s+").length <= DATE_LINE_WORDS && YEAR.matcher(line).find();
  }
}
