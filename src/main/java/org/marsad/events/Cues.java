package org.marsad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * The function words of {@code events/}: negation ({@code negation.tsv}), plan and intent
 * ({@code planned.tsv}), condition ({@code hypothetical.tsv}) and the word classes the roles
 * of a sentence are read by ({@code grammar.tsv}).
 */
final class Cues {

  /** The classes of {@code grammar.tsv}. */
  enum WordClass { TITLE, OPENER, PARTICLE, BOTH, OWN_COUNTRY, PARTNER, BETWEEN, LOCATIVE, DEONTIC, BOUNDARY, MEDIATION }

  final Phrases negation = new Phrases();
  final Phrases plannedBefore = new Phrases();
  final Phrases plannedAfter = new Phrases();
  final Phrases hypothetical = new Phrases();
  final Phrases deontic = new Phrases();
  final Phrases boundary = new Phrases();
  private final Map<String, WordClass> classes = new HashMap<>();

  Cues() {
    for (String line : DataFiles.lines("events/negation.tsv")) {
      negation.add(line);
    }
    for (DataFiles.Row row : DataFiles.rows("events/planned.tsv", 2)) {
      switch (row.field(1)) {
        case "before" -> plannedBefore.add(row.field(0));
        case "after" -> plannedAfter.add(row.field(0));
        default -> throw row.error("\"before\" or \"after\" in field 2");
      }
    }
    for (String line : DataFiles.lines("events/hypothetical.tsv")) {
      hypothetical.add(line);
    }
    for (DataFiles.Row row : DataFiles.rows("events/grammar.tsv", 2)) {
      WordClass c;
      try {
        c = WordClass.valueOf(row.field(1).toUpperCase().replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw row.error("a word class (title, opener, particle, both, own-country, partner, between,"
            + " locative, deontic, boundary, mediation) in field 2");
      }
      if (c == WordClass.DEONTIC) {
        deontic.add(row.field(0));
      } else if (c == WordClass.BOUNDARY) {
        boundary.add(row.field(0));
      } else {
        classes.putIfAbsent(ArabicNormalizer.normalize(row.field(0)), c);
      }
    }
  }

  /** The class of a word as written, or with و ف split off ("والرئيس"), or null. */
  WordClass classOf(String norm) {
    WordClass c = classes.get(norm);
    if (c == null && norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')) {
      c = classes.get(norm.substring(1));
    }
    return c;
  }

  /** The class of a word with any proclitic split off ("لوزراء" → title), or null. */
  WordClass classOfBase(String norm) {
    WordClass c = classOf(norm);
    if (c != null) {
      return c;
    }
    for (Clitics.Reading r : Clitics.readings(norm)) {
      c = classes.get(r.form());
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  boolean is(String norm, WordClass c) {
    return classOf(norm) == c;
  }

  /** A title with the conjunction و before it ("والرئيس"): a second party begins. */
  boolean isConjoinedTitle(String norm) {
    return !classes.containsKey(norm) && norm.length() > 2 && norm.charAt(0) == 'و'
        && classes.get(norm.substring(1)) == WordClass.TITLE;
  }
}
