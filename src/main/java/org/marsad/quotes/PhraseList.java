package org.marsad.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * Words and phrases from one data file, each with a value, matched over the normalised words
 * of a text: at a word ({@link #at}) or ending just before one ({@link #endingBefore}),
 * longest phrase first. The first word may carry proclitics, as {@link Proclitics} allows.
 */
final class PhraseList<V> {

  /** Which proclitics may be taken off the first word of a phrase before lookup. */
  enum Proclitics {
    NONE,
    /** the conjunctions و and ف */
    CONJUNCTIONS,
    /** the conjunctions, then the prepositions ب, ل and ك */
    ALL
  }

  /** A phrase found at words {@code [from, to)}; its first {@code prefix} letters were clitics. */
  record Match<V>(int from, int to, int prefix, V value) {}

  private record Entry<V>(String[] words, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  private final Proclitics proclitics;

  private PhraseList(Proclitics proclitics) {
    this.proclitics = proclitics;
  }

  /** Loads field 1 of each row as the phrase, with the value {@code read} makes of the row. */
  static <V> PhraseList<V> load(String resource, int minFields, Proclitics proclitics,
      Function<DataFiles.Row, V> read) {
    PhraseList<V> list = new PhraseList<>(proclitics);
    for (DataFiles.Row row : DataFiles.rows(resource, minFields)) {
      String[] words = words(row.field(0));
      if (words.length == 0) {
        throw row.error("a word or phrase in field 1");
      }
      list.byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, read.apply(row)));
    }
    for (List<Entry<V>> entries : list.byFirstWord.values()) {
      entries.sort(Comparator.comparingInt((Entry<V> e) -> e.words.length).reversed());
    }
    return list;
  }

  /** Loads field 1 of each row as a phrase that is only present or absent. */
  static PhraseList<Boolean> of(String resource, Proclitics proclitics) {
    return load(resource, 1, proclitics, row -> Boolean.TRUE);
  }

  /** The normalised words of a phrase. */
  static String[] words(String phrase) {
    String n = ArabicNormalizer.normalize(phrase).strip();
    return n.isEmpty() ? new String[0] : n.split("\\s+");
  }

  /** The longest phrase starting at word {@code i} of {@code norms}. */
  Optional<Match<V>> at(String[] norms, int i, int limit) {
    if (i >= limit) {
      return Optional.empty();
    }
    for (Clitics.Reading r : readings(norms[i])) {
      List<Entry<V>> entries = byFirstWord.get(r.form());
      if (entries == null) {
        continue;
      }
      for (Entry<V> e : entries) {
        if (matchesFrom(e.words, norms, i, limit)) {
          return Optional.of(new Match<>(i, i + e.words.length, r.prefix(), e.value));
        }
      }
    }
    return Optional.empty();
  }

  /** The longest phrase whose last word is word {@code end - 1}, starting at or after {@code floor}. */
  Optional<Match<V>> endingBefore(String[] norms, int end, int floor) {
    Match<V> best = null;
    for (int from = end - 1; from >= floor && from >= end - 4; from--) {
      Optional<Match<V>> m = at(norms, from, end);
      if (m.isPresent() && m.get().to() == end) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean matchesFrom(String[] words, String[] norms, int i, int limit) {
    if (i + words.length > limit) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      if (!words[k].equals(norms[i + k])) {
        return false;
      }
    }
    return true;
  }

  private List<Clitics.Reading> readings(String word) {
    if (proclitics == Proclitics.NONE || word.isEmpty()) {
      return List.of(new Clitics.Reading(0, word));
    }
    List<Clitics.Reading> all = Clitics.readings(word);
    if (word.length() == 3 && Clitics.opensWithConjunction(word)) {
      all = new ArrayList<>(all); // a particle of two letters after its conjunction: "وفي", "فقد"
      all.add(new Clitics.Reading(1, word.substring(1)));
    }
    if (proclitics == Proclitics.ALL) {
      return all;
    }
    List<Clitics.Reading> out = new ArrayList<>(2);
    for (Clitics.Reading r : all) {
      boolean conjunction = r.prefix() == 1 && Clitics.opensWithConjunction(word)
          && r.form().equals(word.substring(1));
      if (r.prefix() == 0 || conjunction) {
        out.add(r);
      }
    }
    return out;
  }
}
