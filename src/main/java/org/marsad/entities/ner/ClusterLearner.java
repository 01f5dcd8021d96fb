package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * Learns {@link WordClusters} from unlabelled text: each word (by its stem, {@link
 * NerFeatures#stem}) is described by the words that stand next to it, the {@link #CONTEXTS} most
 * frequent stems one and two places to each side, weighted by positive pointwise mutual
 * information; then the words are split in two by spherical 2-means, each half again, down to
 * {@link #DEPTH} levels, and a word's path of left (0) and right (1) turns is its cluster, as
 * Brown clustering would give one. Words seen fewer than {@link #MIN_COUNT} times get none.
 * Deterministic: the same text gives the same clusters.
 */
public final class ClusterLearner {

  static final int CONTEXTS = 600;
  static final int MIN_COUNT = 3;
  static final int DEPTH = 12;
  private static final int ITERATIONS = 8;
  /** Context positions: two before, two after. */
  private static final int[] OFFSETS = {-2, -1, 1, 2};

  private final List<String[]> sentences = new ArrayList<>();

  /** Adds a text: its words, as {@link org.marsad.text.Tokenizer} splits them. */
  public void add(List<Token> tokens) {
    String[] s = new String[tokens.size()];
    for (int i = 0; i < s.length; i++) {
      Token t = tokens.get(i);
      String norm = ArabicNormalizer.normalize(t.text());
      s[i] = t.kind() == Token.Kind.ARABIC ? NerFeatures.stem(norm) : norm;
    }
    sentences.add(s);
  }

  /** Adds words already split (a sentence of tagged data, its tags unread). */
  public void addWords(List<String> words) {
    add(Sentences.tokens(words));
  }

  public WordClusters learn() {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> byCount = new ArrayList<>(counts.keySet());
    byCount.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
    Map<String, Integer> context = new HashMap<>();
    for (int i = 0; i < Math.min(CONTEXTS, byCount.size()); i++) {
      context.put(byCount.get(i), i);
    }
    Map<String, Integer> vocab = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (String w : byCount) {
      if (counts.get(w) >= MIN_COUNT && w.length() > 1) {
        vocab.put(w, words.size());
        words.add(w);
      }
    }
    int dims = OFFSETS.length * CONTEXTS;
    List<Map<Integer, Integer>> cooc = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      cooc.add(new HashMap<>());
    }
    double[] dimTotal = new double[dims];
    double total = 0;
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer v = vocab.get(s[i]);
        if (v == null) {
          continue;
        }
        for (int o = 0; o < OFFSETS.length; o++) {
          int j = i + OFFSETS[o];
          if (j < 0 || j >= s.length) {
            continue;
          }
          Integer c = context.get(s[j]);
          if (c != null) {
            int d = o * CONTEXTS + c;
            cooc.get(v).merge(d, 1, Integer::sum);
            dimTotal[d]++;
            total++;
          }
        }
      }
    }
    // sparse PPMI vectors, unit length
    int n = words.size();
    int[][] dim = new int[n][];
    float[][] val = new float[n][];
    for (int v = 0; v < n; v++) {
      Map<Integer, Integer> row = cooc.get(v);
      double rowTotal = row.values().stream().mapToInt(Integer::intValue).sum();
      int[] ds = row.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      float[] xs = new float[ds.length];
      double norm = 0;
      int k = 0;
      for (int d : ds) {
        double pmi = Math.log(row.get(d) * total / (rowTotal * dimTotal[d]));
        if (pmi > 0) {
          ds[k] = d;
          xs[k] = (float) pmi;
          norm += pmi * pmi;
          k++;
        }
      }
      float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
      for (int i = 0; i < k; i++) {
        xs[i] *= inv;
      }
      dim[v] = Arrays.copyOf(ds, k);
      val[v] = Arrays.copyOf(xs, k);
    }
    StringBuilder[] paths = new StringBuilder[n];
    int[] members = new int[n];
    for (int v = 0; v < n; v++) {
      paths[v] = new StringBuilder(DEPTH);
      members[v] = v;
    }
    split(members, 0, n, 0, dim, val, dims, paths);
    Map<String, String> out = new HashMap<>();
    for (int v = 0; v < n; v++) {
      if (dim[v].length > 0) {
        out.put(words.get(v), paths[v].toString());
      }
    }
    return new WordClusters(out);
  }

  /**
   * Splits {@code members[from, to)} in two by spherical 2-means, appends 0 or 1 to each
   * member's path, reorders the range so that the 0s come first, and recurses on both halves.
   */
  private static void split(int[] members, int from, int to, int depth, int[][] dim, float[][] val, int dims,
      StringBuilder[] paths) {
    if (depth >= DEPTH || to - from < 2) {
      return;
    }
    // seeds: the most frequent word (members are in order of frequency) and the word least like it
    float[][] centre = new float[2][dims];
    add(centre[0], dim[members[from]], val[members[from]]);
    int far = from + 1;
    float least = Float.MAX_VALUE;
    for (int i = from + 1; i < to; i++) {
      float s = dot(centre[0], dim[members[i]], val[members[i]]);
      if (s < least) {
        least = s;
        far = i;
      }
    }
    add(centre[1], dim[members[far]], val[members[far]]);
    boolean[] side = new boolean[to - from];
    for (int it = 0; it < ITERATIONS; it++) {
      boolean changed = false;
      for (int i = from; i < to; i++) {
        int m = members[i];
        boolean right = dot(centre[1], dim[m], val[m]) > dot(centre[0], dim[m], val[m]);
        changed |= right != side[i - from];
        side[i - from] = right;
      }
      if (!changed && it > 0) {
        break;
      }
      Arrays.fill(centre[0], 0);
      Arrays.fill(centre[1], 0);
      for (int i = from; i < to; i++) {
        int m = members[i];
        add(centre[side[i - from] ? 1 : 0], dim[m], val[m]);
      }
      normalise(centre[0]);
      normalise(centre[1]);
    }
    int[] left = new int[to - from];
    int[] right = new int[to - from];
    int l = 0;
    int r = 0;
    for (int i = from; i < to; i++) {
      int m = members[i];
      if (side[i - from]) {
        right[r++] = m;
        paths[m].append('1');
      } else {
        left[l++] = m;
        paths[m].append('0');
      }
    }
    if (l == 0 || r == 0) {
      return;
    }
    System.arraycopy(left, 0, members, from, l);
    System.arraycopy(right, 0, members, from + l, r);
    split(members, from, from + l, depth + 1, dim, val, dims, paths);
    split(members, from + l, to, depth + 1, dim, val, dims, paths);
  }

  private static void add(float[] centre, int[] dim, float[] val) {
    for (int i = 0; i < dim.length; i++) {
      centre[dim[i]] += val[i];
    }
  }

  private static float dot(float[] centre, int[] dim, float[] val) {
    float s = 0;
    for (int i = 0; i < dim.length; i++) {
      s += centre[dim[i]] * val[i];
    }
    return s;
  }

  private static void normalise(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    if (s == 0) {
      return;
    }
    float inv = (float) (1 / Math.sqrt(s));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
  }
}
