package org.marsad.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names for ISO 3166-1 alpha-3 codes ("RUS" → "Russia", "روسيا"), from the JDK's locale data. */
final class Countries {

  private static final Map<String, String> ALPHA2 = new HashMap<>();

  static {
    for (String a2 : Locale.getISOCountries()) {
      ALPHA2.put(new Locale("", a2).getISO3Country(), a2);
    }
  }

  private Countries() {}

  /** The English name of a country code; the code itself when it names none. */
  static String name(String alpha3) {
    return name(alpha3, Locale.ENGLISH);
  }

  static String name(String alpha3, Locale language) {
    String a2 = alpha3 == null ? null : ALPHA2.get(alpha3);
    return a2 == null ? String.valueOf(alpha3) : new Locale("", a2).getDisplayCountry(language);
  }
}
