package org.marsad.events;

import java.util.HashSet;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * The peoples named by a broken plural ({@code events/peoples.tsv}: "العرب"، "الأكراد"، "الأتراك"):
 * a crowd of that people where it protests, as the sound plural of a gentilic is ("الفلسطينيون").
 */
final class Peoples {

  private static final Set<String> PLURALS = load();

  private Peoples() {}

  /** The plurals as the list writes them, normalised, for {@link Sectors} to give the sector CVL. */
  static Set<String> plurals() {
    return PLURALS;
  }

  /** Whether a normalised word is one of the plurals, with or without the article and و ف ب ل ("والأكراد"). */
  static boolean named(String norm) {
    for (Clitics.Reading r : Clitics.readings(norm)) {
      if (PLURALS.contains(Clitics.withoutArticle(r.form()))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String line : DataFiles.lines("events/peoples.tsv")) {
      out.add(Clitics.withoutArticle(ArabicNormalizer.normalize(line.split("\t")[0].trim())));
    }
    return Set.copyOf(out);
  }
}
