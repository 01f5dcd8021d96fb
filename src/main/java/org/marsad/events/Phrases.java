package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * A list of words and phrases of one or more words, matched over a sentence's normalised
 * tokens; the first word may carry the conjunction و or ف ("ولن"، "فإذا"). A list made
 * {@link #withClitics()} also takes the prepositions ب ل ك and the article on any of its words
 * ("بالرصاص" is "رصاص"، "الطعام" is "طعام").
 */
final class Phrases {

  /** The phrases by their first word, so that a token is tried only against the phrases it can begin. */
  private final Map<String, List<String[]>> byFirst = new HashMap<>();
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

  /**
   * Reads a word list of two fields, a phrase and its kind, into the lists {@code byKind} names
   * ("هجوم\tclash" into the clash list); a kind it does not name is an error of the file.
   */
  static void load(String resource, Map<String, Phrases> byKind) {
    for (DataFiles.Row row : DataFiles.rows(resource, 2)) {
      Phrases into = byKind.get(row.field(1));
      if (into == null) {
        throw row.error(String.join(", ", new TreeSet<>(byKind.keySet())) + " in field 2");
      }
      into.add(row.field(0));
    }
  }

  void add(String written) {
    String[] words = ArabicNormalizer.normalize(written).strip().split("\\s+");
    if (clitics) {
      for (int k = 0; k < words.length; k++) {
        words[k] = Clitics.withoutArticle(words[k]);
      }
    }
    byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
  }

  /** The number of tokens of the longest phrase starting at token {@code i}, or 0. */
  int matchAt(List<String> norms, int i) {
    if (i >= norms.size()) {
      return 0;
    }
    String n = norms.get(i);
    if (clitics) {
      int best = 0;
      for (String first : Clitics.stems(n)) {
        best = longest(byFirst.get(first), norms, i, best);
      }
      if (n.length() == 3 && Clitics.opensWithConjunction(n)) {
        best = longest(byFirst.get(n.substring(1)), norms, i, best); // "وشن": a stem too short for Clitics to split
      }
      return best;
    }
    int best = longest(byFirst.get(n), norms, i, 0);
    if (!n.isEmpty() && Clitics.opensWithConjunction(n)) {
      best = longest(byFirst.get(n.substring(1)), norms, i, best);
    }
    return best;
  }

  /** The length of the longest of {@code candidates} matching at token {@code i}, or {@code best} if none is longer. */
  private int longest(List<String[]> candidates, List<String> norms, int i, int best) {
    if (candidates != null) {
      for (String[] p : candidates) {
        if (p.length > best && i + p.length <= norms.size() && matches(p, norms, i)) {
          best = p.length;
        }
      }
    }
    return best;
  }

  /** Whether the words of {@code p} after its first, which the caller matched, follow token {@code i}. */
  private boolean matches(String[] p, List<String> norms, int i) {
    for (int k = 1; k < p.length; k++) {
      String n = norms.get(i + k);
      if (!(clitics ? Clitics.withoutArticle(n).equals(p[k]) : n.equals(p[k]))) {
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
