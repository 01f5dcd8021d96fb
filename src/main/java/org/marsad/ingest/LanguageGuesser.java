package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article body as a BCP 47 code, from OpenNLP's language-detection model
 * (ISO 639-3 codes, mapped to the two-letter codes where one exists). Short texts, where the
 * model guesses, are decided by their script.
 */
final class LanguageGuesser {

  /** Below this many letters the model is unreliable; the script decides. */
  private static final int MIN_LETTERS = 40;
  /** The detector reads at most this many characters. */
  private static final int SAMPLE_CHARS = 4000;
  /** Letters Persian, Urdu, Pashto, Kurdish and Uyghur use and Arabic does not. */
  private static final String NON_ARABIC_LETTERS = "پچژگکیٹڈڑںےۀێۆڕڵەڤټډړږښګڼۍېۈۇھ";
  /** Codes of the model that are not ISO 639-2 ones Java knows. */
  private static final Map<String, String> EXTRA = Map.of("pes", "fa", "prs", "fa", "arz", "ar", "ary", "ar",
      "arb", "ar", "cmn", "zh", "zsm", "ms", "ekk", "et", "lvs", "lv", "nob", "nb");
  private static final Map<String, String> ISO3_TO_BCP47 = iso3Map();

  private static final class Model {
    static final LanguageDetectorModel INSTANCE = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageGuesser.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("langdetect-183.bin (opennlp-models-langdetect) is not on the classpath");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language-detection model", e);
      }
    }
  }

  String guess(String text) {
    Phrases.Letters letters = Phrases.Letters.of(text);
    if (letters.total() < MIN_LETTERS) {
      if (letters.total() == 0) {
        return "und";
      }
      return letters.arabic() >= letters.latin() ? "ar" : "en";
    }
    if (letters.arabic() > letters.latin() && !usesNonArabicLetters(text)) {
      return "ar"; // Arabic script without the letters only other languages use: no model needed
    }
    // the opening of a text tells its language as well as the whole, at a fraction of the cost;
    // the detector is not documented as thread-safe, the model it reads is
    CharSequence sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
    return bcp47(new LanguageDetectorME(Model.INSTANCE).predictLanguage(sample).getLang());
  }

  private static boolean usesNonArabicLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > '\u064A' && NON_ARABIC_LETTERS.indexOf(c) >= 0) { // past the letters Arabic itself uses
        return true;
      }
    }
    return false;
  }

  static String bcp47(String iso3) {
    String two = ISO3_TO_BCP47.get(iso3);
    return two != null ? two : iso3;
  }

  private static Map<String, String> iso3Map() {
    Map<String, String> m = new HashMap<>(EXTRA);
    for (String two : Locale.getISOLanguages()) {
      try {
        m.putIfAbsent(Locale.of(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // a language without a three-letter code: nothing to map
      }
    }
    return Map.copyOf(m);
  }
}
