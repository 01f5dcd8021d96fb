package org.marsad.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.text.Affixes;

/**
 * The regular forms of a nisba (relative adjective, "روسي" → "russian"): feminine "روسية",
 * plural "روسيون/روسيين", feminine plural "روسيات", dual "روسيان/روسيين/روسيتان/روسيتين", each
 * with and without the article. A two-word nisba ("كوري شمالي") agrees in both words:
 * "الكورية الشمالية", "الكوريين الشماليين". Suffixes follow the standard grammar of the
 * relative adjective (Wright, A Grammar of the Arabic Language, §249 ff.).
 */
final class NisbaForms {

  /** The masculine singular itself, then the endings added to it (nisba of affixes.tsv): "ة" "ون" "ين" "ات" "ان" "تان" "تين". */
  private static final List<String> ENDINGS = Stream.concat(Stream.of(""), Affixes.of(Affixes.Kind.NISBA).stream()).toList();

  private NisbaForms() {}

  /** Every form of {@code nisba} (masculine singular, without the article), in its words. */
  static Set<String> of(String nisba) {
    String[] words = nisba.strip().split("\\s+");
    Set<String> out = new LinkedHashSet<>();
    for (String ending : ENDINGS) {
      List<String> bare = new ArrayList<>();
      List<String> definite = new ArrayList<>();
      for (String w : words) {
        bare.add(w + ending);
        definite.add("ال" + w + ending);
      }
      out.add(String.join(" ", bare));
      out.add(String.join(" ", definite));
    }
    return out;
  }

  /**
   * The indefinite accusative of the masculine singular, written with the alif of its tanwin
   * ("مصورا فرنسيا"، "13 عراقيا"، "سائحا كوريا جنوبيا"), in its words. Where the form is spelt as a
   * name ("إسبانيا"، "روسيا") the name is the same country's and keeps its own reading.
   */
  static String accusative(String nisba) {
    List<String> words = new ArrayList<>();
    for (String w : nisba.strip().split("\\s+")) {
      words.add(w + "ا");
    }
    return String.join(" ", words);
  }

  /** An irregular plural ("روس", "أتراك") with and without the article. */
  static Set<String> ofPlural(String plural) {
    String[] words = plural.strip().split("\\s+");
    List<String> definite = new ArrayList<>();
    for (String w : words) {
      definite.add("ال" + w);
    }
    return new LinkedHashSet<>(List.of(plural.strip(), String.join(" ", definite)));
  }
}
