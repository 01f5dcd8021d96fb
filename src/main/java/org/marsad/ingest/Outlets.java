package org.marsad.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.text.DataFiles;

/**
 * News outlets and agencies by every name a page credits them with ({@code ingest/outlets.tsv}):
 * "روسيا اليوم" and "RT Arabic" are both {@code RT}.
 */
final class Outlets {

  /** The words a radio's name ends with, normalised: "إف إم", "أف أم", "FM". */
  private static final List<String> RADIO = List.of(" اف ام", " fm");
  /** A radio's name is its own word or two and the band: "ديوان أف أم", "Mosaique FM". */
  private static final int MAX_RADIO_WORDS = 4;

  /** Longest outlet name, in words: no lookup tries more. */
  private static final int MAX_WORDS = 6;

  private final Map<String, String> byKey = new HashMap<>();
  /** The credits of news agencies: those of outlets.tsv one of whose names is "وكالة ..." or "وكالات ...". */
  private final java.util.Set<String> agencies = new java.util.HashSet<>();
  /** The forms of an agency's name ({@code ingest/agency-name-forms.tsv}), each split at its "*". */
  private final List<String[]> agencyForms = new java.util.ArrayList<>();
  /** The agency's own name in such a form is one word or two. */
  private static final int MAX_AGENCY_OWN_WORDS = 2;

  Outlets() {
    for (DataFiles.Row row : DataFiles.rows("ingest/outlets.tsv", 1)) {
      String credit = row.field(0);
      for (String name : row.fields()) {
        String k = Phrases.key(name);
        if (!k.isEmpty()) {
          byKey.putIfAbsent(k, credit);
        }
        if (k.startsWith("وكاله ") || k.startsWith("وكالات")) {
          agencies.add(credit);
        }
      }
    }
    for (DataFiles.Row row : DataFiles.rows("ingest/agency-name-forms.tsv", 1)) {
      String form = row.field(0);
      int star = form.indexOf('*');
      if (star < 0 || form.indexOf('*', star + 1) >= 0) {
        throw row.error("one \"*\" for the agency's own name");
      }
      agencyForms.add(new String[] {Phrases.key(form.substring(0, star)), Phrases.key(form.substring(star + 1))});
    }
  }

  /** Whether a credit is a news agency's (Reuters, QNA, "وكالات"), as outlets.tsv names it: not a paper's or a site's. */
  boolean agency(String credit) {
    return agencies.contains(credit);
  }

  /**
   * Whether a phrase is a news agency's name by its form and nothing else ({@code
   * ingest/agency-name-forms.tsv}): "وكالة أنباء هاوار", "وكالة الأنباء الكويتية", known or not.
   */
  boolean agencyByForm(String phrase) {
    String k = Phrases.key(phrase);
    for (String[] form : agencyForms) {
      String before = form[0].isEmpty() ? "" : form[0] + " ";
      String after = form[1].isEmpty() ? "" : " " + form[1];
      if (k.length() > before.length() + after.length() && k.startsWith(before) && k.endsWith(after)) {
        String own = k.substring(before.length(), k.length() - after.length());
        if (!own.isBlank() && Phrases.words(own) <= MAX_AGENCY_OWN_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The credit for a phrase that is an outlet's name and nothing else: one the list holds, or a
   * radio station's masthead, a name of a few words ending in "إف إم" or "FM" ("ديوان أف أم"),
   * as the private radios of the Maghreb and the Levant are called, credited as written.
   */
  Optional<String> named(String phrase) {
    String k = Phrases.key(phrase);
    String hit = byKey.get(k);
    if (hit == null && k.startsWith("و") && k.length() > 2) {
      hit = byKey.get(k.substring(1)); // "ووكالات" in "RT ووكالات"
    }
    if (hit == null && radio(k)) {
      hit = phrase.strip();
    }
    return Optional.ofNullable(hit);
  }

  private static boolean radio(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return RADIO.stream().anyMatch(k::endsWith) && Phrases.words(k) <= MAX_RADIO_WORDS;
  }

  /** An outlet named by the first words of {@code words}: its credit and how many words it takes. */
  Optional<Match> atStart(List<String> words) {
    for (int n = Math.min(MAX_WORDS, words.size()); n >= 1; n--) {
      String hit = byKey.get(Phrases.key(String.join(" ", words.subList(0, n))));
      if (hit != null) {
        return Optional.of(new Match(hit, n));
      }
    }
    return Optional.empty();
  }

  /** An outlet named by the last words of {@code words}. */
  Optional<Match> atEnd(List<String> words) {
    for (int n = Math.min(MAX_WORDS, words.size()); n >= 1; n--) {
      String hit = byKey.get(Phrases.key(String.join(" ", words.subList(words.size() - n, words.size()))));
      if (hit != null) {
        return Optional.of(new Match(hit, n));
      }
    }
    return Optional.empty();
  }

  record Match(String credit, int words) {}
}
