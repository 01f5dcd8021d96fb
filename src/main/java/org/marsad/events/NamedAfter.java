package org.marsad.events;

import java.util.List;
import org.marsad.text.DataFiles;

/**
 * The nouns of agreements, treaties, conferences and processes ({@code events/named-after.tsv}):
 * a city or region named right after one is the thing's name ("اتفاقية باريس"، "معاهدة لشبونة"،
 * "محادثات أستانا"), not a party, and its country is no actor or target. Likewise the nouns of
 * buildings and public places ({@code events/named-for.tsv}) and the person named after one ("مطار
 * الملك عبد العزيز").
 */
final class NamedAfter {

  private static final Phrases NOUNS = load("events/named-after.tsv");
  private static final Phrases PLACES_FOR_PERSONS = load("events/named-for.tsv");

  private NamedAfter() {}

  /** Whether the token at {@code t} stands right after one of the nouns: it is part of that thing's name. */
  static boolean inName(List<String> norms, int t) {
    return t > 0 && NOUNS.matchAt(norms, t - 1) == 1;
  }

  /**
   * Whether the person named from token {@code t} names a building or a public place: right after
   * one of its nouns, or after such a noun and one title ("مطار الملك عبد العزيز"، "جامعة الملك سعود").
   */
  static boolean placeNamedFor(List<String> norms, int t, Cues cues) {
    int noun = t > 0 && cues.is(norms.get(t - 1), Cues.WordClass.TITLE) ? t - 2 : t - 1;
    return noun >= 0 && PLACES_FOR_PERSONS.matchAt(norms, noun) == 1;
  }

  private static Phrases load(String file) {
    Phrases out = Phrases.withClitics();
    for (String line : DataFiles.lines(file)) {
      out.add(line.split("\t")[0].trim());
    }
    return out;
  }
}
