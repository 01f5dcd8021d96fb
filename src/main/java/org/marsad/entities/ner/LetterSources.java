package org.marsad.entities.ner;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.TreeSet;
import org.marsad.text.DataFiles;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Where the letter models ({@link NameLetters}) find their words outside the labelled data:
 * names from what is simply known (the Arabic names CLDR gives regions and the cities of its
 * time zones, through ICU4J; the Arabic names of {@code entities/people.tsv} and
 * {@code places.tsv}; {@code given-names.tsv}), everyday words from unlabelled text. Each word
 * is kept as its normalised stem ({@link NerFeatures#stem}), as the entity model reads it.
 */
public final class LetterSources {

  private LetterSources() {}

  /** The words of every name the sources above hold, as stems. */
  public static TreeSet<String> knownNames() {
    TreeSet<String> out = new TreeSet<>();
    ULocale arabic = new ULocale("ar");
    for (String iso2 : ULocale.getISOCountries()) {
      String name = new ULocale("und", iso2).getDisplayCountry(arabic);
      if (!name.equals(iso2)) {
        addWords(name, out);
      }
    }
    TimeZoneNames zones = TimeZoneNames.getInstance(arabic);
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = zones.getExemplarLocationName(id);
      if (city != null) {
        addWords(city, out);
      }
    }
    for (String file : new String[] {"entities/people.tsv", "entities/places.tsv"}) {
      for (DataFiles.Row row : DataFiles.rows(file, 2)) {
        for (String name : row.field(6).split("\\|")) {
          addWords(name, out);
        }
      }
    }
    for (DataFiles.Row row : DataFiles.rows("entities/given-names.tsv", 1)) {
      addWords(row.field(0), out);
    }
    return out;
  }

  /** The stems of the Arabic words of {@code text} into {@code out}. */
  public static void addWords(String text, Collection<String> out) {
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.kind() == Token.Kind.ARABIC) {
        out.add(NerFeatures.stem(t.norm()));
      }
    }
  }
}
