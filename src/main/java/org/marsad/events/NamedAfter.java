package org.marsad.events;

import java.util.List;
import org.marsad.text.DataFiles;

/**
 * The nouns of agreements, treaties, conferences and processes ({@code events/named-after.tsv}):
 * a city or region named right after one is the thing's name ("اتفاقية باريس"، "معاهدة لشبونة"،
 * "محادثات أستانا"), not a party, and its country is no actor or target.
 */
final class NamedAfter {

  private static final Phrases NOUNS = load();

  private NamedAfter() {}

  /** Whether the token at {@code t} stands right after one of the nouns: it is part of that thing's name. */
  static boolean inName(List<String> norms, int t) {
    return t > 0 && NOUNS.matchAt(norms, t - 1) == 1;
  }

  private static Phrases load() {
    Phrases out = Phrases.withClitics();
    for (String line : DataFiles.lines("events/named-after.tsv")) {
      out.add(line.split("\t")[0].trim());
    }
    return out;
  }
}
