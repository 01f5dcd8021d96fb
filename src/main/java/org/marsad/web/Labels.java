package org.marsad.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.text.DataFiles;

/**
 * The words of the pages in one language, from {@code web/labels.tsv}. The language is the
 * reader's choice ({@code ?lang=}, then the {@code lang} cookie) or else the browser's first
 * Arabic or English preference; English when it names neither.
 */
public final class Labels {

  public static final String ARABIC = "ar";
  public static final String ENGLISH = "en";

  private static final Map<String, Labels> BY_LANGUAGE = load();

  private final String language;
  private final Map<String, String> words;

  private Labels(String language, Map<String, String> words) {
    this.language = language;
    this.words = words;
  }

  public static Labels of(String language) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(ENGLISH));
  }

  /**
   * The language to show: {@code chosen} (a query parameter or cookie, may be null) when it is
   * one we have, else the first of the {@code Accept-Language} header's ranges that is.
   */
  public static String choose(String chosen, String acceptLanguage) {
    if (ARABIC.equals(chosen) || ENGLISH.equals(chosen)) {
      return chosen;
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() < 1000) {
      try {
        for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage)) {
          String primary = r.getRange().split("-")[0].toLowerCase(Locale.ROOT);
          if ((primary.equals(ARABIC) || primary.equals(ENGLISH)) && r.getWeight() > 0) {
            return primary;
          }
        }
      } catch (IllegalArgumentException malformed) {
        // a header the browser got wrong is no reason to refuse the page
      }
    }
    return ENGLISH;
  }

  public String language() {
    return language;
  }

  /** "rtl" for Arabic, "ltr" for English: the direction of the interface. */
  public String dir() {
    return language.equals(ARABIC) ? "rtl" : "ltr";
  }

  /** The other language, offered by the switch. */
  public String other() {
    return language.equals(ARABIC) ? ENGLISH : ARABIC;
  }

  public String get(String key) {
    return words.getOrDefault(key, key);
  }

  /** A label with numbers in it ("%d"), written with Western digits in both languages, as dates are. */
  public String format(String key, Object... args) {
    return String.format(Locale.ROOT, get(key), args);
  }

  private static Map<String, Labels> load() {
    Map<String, String> en = new HashMap<>();
    Map<String, String> ar = new HashMap<>();
    for (DataFiles.Row row : DataFiles.rows("/web/labels.tsv", 3)) {
      if (row.fields().size() != 3) {
        throw row.error("key, English, Arabic");
      }
      en.put(row.field(0), row.field(1));
      ar.put(row.field(0), row.field(2));
    }
    return Map.of(ENGLISH, new Labels(ENGLISH, Map.copyOf(en)), ARABIC, new Labels(ARABIC, Map.copyOf(ar)));
  }
}
