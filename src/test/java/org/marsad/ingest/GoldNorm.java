package org.marsad.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Test helper: the comparison the project's scorer ({@code ../shared/eval/score.py}, {@code norm})
 * makes between a record's value and the gold one: NFKC, diacritics and tatweel dropped, hamza
 * forms of alef folded, ى→ي, ة→ه, ؤ→و, ئ→ي, punctuation and quotation marks read as spaces.
 */
final class GoldNorm {

  private static final Pattern DIACRITICS = Pattern.compile("[\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640]");
  private static final Pattern PUNCT = Pattern.compile("[\\s\"'«»“”‘’„()\\[\\]{}،,.:;!?؟\\-–—/]+");

  private GoldNorm() {}

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = DIACRITICS.matcher(t).replaceAll("");
    t = t.replaceAll("[إأآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي');
    return PUNCT.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
