package org.marsad.entities.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a word's letters look like a name's or an everyday word's: two letter models, one of
 * names (places, people, given names, many of them foreign names written in Arabic letters:
 * "شيناواترا"، "دولانويه") and one of everyday words, each predicting a letter from the
 * {@link #ORDER}{@code - 1} letters before it, interpolated down to a single letter as Witten and
 * Bell do ("The Zero-Frequency Problem", IEEE Trans. Inf. Theory 1991). {@link #logOdds} is
 * how much likelier the name model finds a word than the everyday model; the entity model reads
 * it in buckets ({@link #bucket}). Each word counts once per model, however often it was seen,
 * so that the letters of kinds of words weigh, not those of a few frequent ones. Kept in the
 * model file as its letter runs and their counts; {@link #empty()} gives no features.
 */
public final class NameLetters {

  /** Letters a run: the letter predicted and the three before it. */
  static final int ORDER = 4;
  /** Marks the places before a word's first letter, and after its last. */
  private static final char START = '^';
  private static final char END = '$';
  /** Log-odds per bucket, and the outermost bucket each side. */
  private static final double BUCKET_WIDTH = 1.5;
  private static final int BUCKET_LIMIT = 6;
  /** {@link #bucket} of a word the models say nothing of. */
  static final int NONE = Integer.MIN_VALUE;

  private static final NameLetters EMPTY = new NameLetters(new TreeMap<>());

  /** Every run of {@link #ORDER} letters of the padded words: how many names, how many everyday words have it. */
  private final TreeMap<String, int[]> runs;
  /** Per model: counts of each run of one to {@link #ORDER} letters, and per context its total and number of distinct next letters. */
  private final Map<String, Integer>[] counts;
  private final Map<String, int[]>[] contexts;
  private final int alphabet;

  @SuppressWarnings("unchecked")
  private NameLetters(TreeMap<String, int[]> runs) {
    this.runs = runs;
    this.counts = new Map[] {new HashMap<>(), new HashMap<>()};
    this.contexts = new Map[] {new HashMap<>(), new HashMap<>()};
    java.util.Set<Character> letters = new java.util.HashSet<>();
    for (var e : runs.entrySet()) {
      String run = e.getKey();
      letters.add(run.charAt(ORDER - 1));
      for (int m = 0; m < 2; m++) {
        int c = e.getValue()[m];
        if (c == 0) {
          continue;
        }
        for (int from = 0; from < ORDER; from++) {
          String gram = run.substring(from);
          String context = run.substring(from, ORDER - 1);
          Integer before = counts[m].merge(gram, c, Integer::sum);
          int[] ctx = contexts[m].computeIfAbsent(context, x -> new int[2]);
          ctx[0] += c;
          if (before == c) {
            ctx[1]++;
          }
        }
      }
    }
    this.alphabet = letters.size() + 1;
  }

  /** No letter models: every word's bucket is {@link #NONE}. */
  public static NameLetters empty() {
    return EMPTY;
  }

  /** The models of {@code names} and {@code everyday} words, each a normalised stem ({@link NerFeatures#stem}). */
  public static NameLetters of(Collection<String> names, Collection<String> everyday) {
    TreeMap<String, int[]> runs = new TreeMap<>();
    add(runs, new java.util.TreeSet<>(names), 0);
    add(runs, new java.util.TreeSet<>(everyday), 1);
    return new NameLetters(runs);
  }

  private static void add(TreeMap<String, int[]> runs, Collection<String> words, int model) {
    for (String w : words) {
      String padded = padded(w);
      for (int i = ORDER - 1; i < padded.length(); i++) {
        runs.computeIfAbsent(padded.substring(i - ORDER + 1, i + 1), x -> new int[2])[model]++;
      }
    }
  }

  private static String padded(String word) {
    return String.valueOf(START).repeat(ORDER - 1) + word + END;
  }

  public boolean isEmpty() {
    return runs.isEmpty();
  }

  /** How many runs of {@link #ORDER} letters the models hold. */
  public int size() {
    return runs.size();
  }

  /** log P(word | names) - log P(word | everyday words), natural logarithms; 0 with no models. */
  public double logOdds(String word) {
    if (isEmpty()) {
      return 0;
    }
    String padded = padded(word);
    double sum = 0;
    for (int i = ORDER - 1; i < padded.length(); i++) {
      sum += Math.log(probability(0, padded, i)) - Math.log(probability(1, padded, i));
    }
    return sum;
  }

  /** P(letter at i | the letters before it) under model {@code m}, interpolated from one letter of context up. */
  private double probability(int m, String padded, int i) {
    double p = 1.0 / alphabet;
    for (int len = 0; len < ORDER; len++) {
      String context = padded.substring(i - len, i);
      int[] ctx = contexts[m].get(context);
      if (ctx == null) {
        break;
      }
      int seen = counts[m].getOrDefault(padded.substring(i - len, i + 1), 0);
      p = (seen + ctx[1] * p) / (ctx[0] + ctx[1]);
    }
    return p;
  }

  /** {@link #logOdds} in steps of {@link #BUCKET_WIDTH}, at most {@link #BUCKET_LIMIT} each side; {@link #NONE} with no models. */
  public int bucket(String word) {
    if (isEmpty()) {
      return NONE;
    }
    long b = Math.round(logOdds(word) / BUCKET_WIDTH);
    return (int) Math.max(-BUCKET_LIMIT, Math.min(BUCKET_LIMIT, b));
  }

  void write(DataOutputStream out) throws IOException {
    CountTable.write(runs, out);
  }

  static NameLetters read(DataInputStream in) throws IOException {
    TreeMap<String, int[]> runs = CountTable.read(in);
    for (String run : runs.keySet()) {
      if (run.length() != ORDER) {
        throw new IOException("entity model: a letter run of " + run.length() + " letters, expected " + ORDER);
      }
    }
    return runs.isEmpty() ? EMPTY : new NameLetters(runs);
  }

  /** Whether {@code other} holds the same runs, so that words read with one serve the other. */
  boolean sameAs(NameLetters other) {
    return CountTable.same(runs, other.runs);
  }
}
