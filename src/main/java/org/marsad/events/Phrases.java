package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;

/**
 * A list of words and phrases of one or more words, matched over a sentence's normalised
 * tokens; the first word may carry the conjunction و or ف ("ولن"، "فإذا"). A list made
 * {@link #withClitics()} also takes the prepositions ب ل ك and the article on any of its words
 * ("بالرصاص" is "رصاص"، "الطعام" is "طعام").
 */
final class Phrases {

  private final List<String[]> phrases = new ArrayList<>();
  private final boolean clitics;

  Phrases() {
    this(false);
  }

  private Phrases(boolean clitics) {
    this.clitics = clitics;
  }

  static Phrases withClitics() {
    return new Phrases(true);
  }

  void add(String written) {
    String[] words = ArabicNormalizer.normalize(written).strip().split("\\s+");
    if (clitics) {
      for (int k = 0; k < words.length; k++) {
        words[k] = Clitics.withoutArticle(words[k]);
      }
    }
    phrases.add(words);
  }

  /** The number of tokens of the longest phrase starting at token {@code i}, or 0. */
  int matchAt(List<String> norms, int i) {
    int best = 0;
    for (String[] p : phrases) {
      if (p.length > best && i + p.length <= norms.size() && matches(p, norms, i)) {
        best = p.length;
      }
    }
    return best;
  }

  private boolean matches(String[] p, List<String> norms, int i) {
    for (int k = 0; k < p.length; k++) {
      String n = norms.get(i + k);
      boolean ok = clitics ? (k == 0 ? Clitics.stems(n).contains(p[k]) : Clitics.withoutArticle(n).equals(p[k]))
          : n.equals(p[k]) || (k == 0 && n.length() == p[k].length() + 1 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')
              && n.endsWith(p[k]));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether a phrase of the list covers token {@code i}, starting at most {@code before} tokens before it. */
  boolean covers(List<String> norms, int i, int before) {
    for (int s = Math.max(0, i - before); s <= i; s++) {
      int len = matchAt(norms, s);
      if (len > 0 && s + len > i) {
        return true;
      }
    }
    return false;
  }
}
