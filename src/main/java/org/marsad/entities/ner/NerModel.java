package org.marsad.entities.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.text.Token;

/**
 * A trained sequence labeller: one row of weights (one per tag) for each hashed feature, a
 * matrix of tag-to-tag weights, and Viterbi decoding over BIO tags in which I-X follows only
 * B-X or I-X. Immutable once built; thread-safe. The file is gzip'd binary, written the same
 * byte for byte from the same weights.
 */
public final class NerModel {

  private static final int MAGIC = 0x4D4E4552; // "MNER"
  /**
   * Version 2 adds the document stage ({@link #second}); version 3 adds to each model its letter
   * models ({@link #letters}) and its counts of the article ({@link #articles}), empty when it reads none. Files of versions 1 and 2 are still read,
   * as models without letter models.
   */
  private static final int VERSION = 3;
  /** The standard model, a resource built by {@code marsad train ner}. */
  public static final String RESOURCE = "/entities/ner/model.bin.gz";
  /** A system property naming a model file to read instead, to measure a model before shipping it. */
  public static final String FILE_PROPERTY = "marsad.ner.model";

  final String[] tags;
  final int bits;
  /** rows × tags, row-major. */
  final float[] weights;
  /** (tags + 1) × tags: from tag (or the start, last row) to tag. */
  final float[] transitions;
  final WordClusters clusters;
  /** The letter models of names and everyday words the model reads ({@link NameLetters}); empty for none. */
  final NameLetters letters;
  /** How often unlabelled text gives each stem the article ({@link ArticleUse}); empty for none. */
  final ArticleUse articles;
  private final NerFeatures features;
  /** The transitions with the steps BIO forbids at minus infinity, for decoding without branches. */
  private final float[] masked;
  /**
   * For scoring: the rows of {@link #weights} that are not all zero, in order, after one row of
   * zeros ({@link #packed}); and where each row lies in it ({@link #index}): for each block of
   * 64 rows, one bit a row, set where the row is not all zero, then how many such rows come
   * before the block. Most rows are zero, and the packed rows are a fifth of the whole, so more
   * of them stay in the cache; the index is a sixteenth of a table of row starts. A zero row
   * reads the row of zeros, so scoring has no branch: adding +0 to a sum that starts at +0
   * leaves it as it was, bit for bit.
   */
  private final long[] index;
  private final float[] packed;
  /** For each tag, the tags that may follow it (the steps {@link #masked} does not forbid), in order. */
  private final int[][] successors;
  /** {@link #scale()}, kept above zero: the unit of the margins. */
  private final float unit;
  /**
   * The document stage, or null: a model of the same kind that also reads what this one found in
   * the whole document ({@link DocumentClasses}), as in Krishnan and Manning, "An Effective
   * Two-Stage Model for Exploiting Non-Local Dependencies in Named Entity Recognition" (ACL 2006).
   */
  final NerModel second;
  /** Whether {@link #second} reads words as this model does, so that it can take the words this one read. */
  private final boolean secondReadsAlike;

  NerModel(String[] tags, int bits, float[] weights, float[] transitions, WordClusters clusters) {
    this(tags, bits, weights, transitions, clusters, NameLetters.empty(), ArticleUse.empty(), null);
  }

  NerModel(String[] tags, int bits, float[] weights, float[] transitions, WordClusters clusters,
      NameLetters letters, ArticleUse articles) {
    this(tags, bits, weights, transitions, clusters, letters, articles, null);
  }

  private NerModel(String[] tags, int bits, float[] weights, float[] transitions, WordClusters clusters,
      NameLetters letters, ArticleUse articles, NerModel second) {
    this.second = second;
    this.letters = letters;
    this.articles = articles;
    this.secondReadsAlike = second != null && second.clusters.sameAs(clusters) && second.letters.sameAs(letters)
        && second.articles.sameAs(articles);
    this.tags = tags.clone();
    this.bits = bits;
    this.weights = weights;
    this.transitions = transitions;
    this.clusters = clusters;
    this.features = new NerFeatures(clusters, letters, articles);
    this.masked = masked(transitions, allowed(tags));
    int t = tags.length;
    int rows = weights.length / t;
    this.index = new long[(rows + 63) / 64 * 2];
    int used = 0;
    for (int r = 0; r < rows; r++) {
      if (r % 64 == 0) {
        index[r / 64 * 2 + 1] = used;
      }
      if (!zeroRow(r)) {
        index[r / 64 * 2] |= 1L << r;
        used++;
      }
    }
    this.packed = new float[(used + 1) * t];
    for (int r = 0; r < rows; r++) {
      int at = packedAt(r);
      if (at > 0) {
        System.arraycopy(weights, r * t, packed, at, t);
      }
    }
    this.successors = steps(masked, t, false);
    this.unit = Math.max(scale(), 1e-6f);
  }

  /** {@code transitions} with each step that {@code allowed} forbids at minus infinity. */
  static float[] masked(float[] transitions, boolean[] allowed) {
    float[] out = transitions.clone();
    for (int i = 0; i < out.length; i++) {
      if (!allowed[i]) {
        out[i] = Float.NEGATIVE_INFINITY;
      }
    }
    return out;
  }

  /** For each pair (from, to), from the last row the start: whether BIO lets {@code to} follow. */
  static boolean[] allowed(String[] tags) {
    int t = tags.length;
    boolean[] allowed = new boolean[(t + 1) * t];
    for (int from = 0; from <= t; from++) {
      for (int to = 0; to < t; to++) {
        allowed[from * t + to] = follows(from < t ? tags[from] : "O", tags[to]);
      }
    }
    return allowed;
  }

  /** Whether tag {@code to} may follow tag {@code from} in BIO. */
  static boolean follows(String from, String to) {
    return !to.startsWith("I-") || (!from.equals("O") && from.substring(2).equals(to.substring(2)));
  }

  /**
   * A name the model found: words {@code [from, to)} of the sentence, of type PERS, LOC, ORG or
   * MISC; {@code margin}: how much better the best tagging scores than the best one with these
   * words outside any name, in units of the model's typical weight (0 for names of gold tags).
   */
  public record Name(int from, int to, String type, float margin) {

    public Name(int from, int to, String type) {
      this(from, to, type, 0f);
    }
  }

  /** A typical size of a weight: the mean absolute transition weight. */
  float scale() {
    return scale(transitions);
  }

  /** The mean absolute weight of {@code transitions}. */
  static float scale(float[] transitions) {
    double sum = 0;
    for (float f : transitions) {
      sum += Math.abs(f);
    }
    return (float) (sum / transitions.length);
  }

  NerFeatures features() {
    return features;
  }

  int tagCount() {
    return tags.length;
  }

  /** This model with {@code second} as its document stage. */
  NerModel withSecond(NerModel second) {
    return new NerModel(tags, bits, weights, transitions, clusters, letters, articles, second);
  }

  /**
   * The names in each sentence of a document, with the knowledge-base flags of its words (one
   * per word): each sentence read alone, then, where the model has a document stage, read
   * again knowing what the first reading found in every sentence.
   */
  public List<List<Name>> names(List<List<Token>> sentences, List<int[]> classes) {
    List<List<Name>> first = new ArrayList<>(sentences.size());
    List<NerFeatures.Words> read = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      NerFeatures.Words words = features.read(sentences.get(s), classes.get(s));
      read.add(words);
      first.add(names(words));
    }
    if (second == null) {
      return first;
    }
    List<int[]> more = DocumentClasses.of(sentences, first, tags);
    List<List<Name>> out = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      int[] c = classes.get(s).clone();
      int[] m = more.get(s);
      for (int i = 0; i < c.length; i++) {
        c[i] |= m[i];
      }
      out.add(second.names(secondReadsAlike ? read.get(s).withClasses(c) : second.features.read(sentences.get(s), c)));
    }
    return out;
  }

  /** The names in one sentence of words read alone, with their knowledge-base flags (one per word). */
  public List<Name> names(List<Token> words, int[] classes) {
    return names(features.read(words, classes));
  }

  private List<Name> names(NerFeatures.Words words) {
    if (words.n == 0) {
      return List.of();
    }
    float[] emit = emissions(words);
    int n = words.n;
    int t = tags.length;
    float[] before = new float[n * t];
    int[] best = viterbi(emit, n, t, masked, before);
    List<Name> names = names(best);
    if (names.isEmpty()) {
      return names;
    }
    float[] after = backward(emit, n);
    float top = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < t; y++) {
      top = Math.max(top, before[(n - 1) * t + y]);
    }
    List<Name> out = new ArrayList<>(names.size());
    for (Name name : names) {
      out.add(new Name(name.from(), name.to(), name.type(), (top - withoutName(emit, before, after, n, name)) / unit));
    }
    return out;
  }

  /** Best scores of the tags of words i+1..n-1 given each tag at i (n × t), its own emission left out. */
  private float[] backward(float[] emit, int n) {
    int t = tags.length;
    float[] score = new float[n * t];
    for (int i = n - 2; i >= 0; i--) {
      for (int y = 0; y < t; y++) {
        float best = Float.NEGATIVE_INFINITY;
        for (int q : successors[y]) {
          best = Math.max(best, masked[y * t + q] + emit[(i + 1) * t + q] + score[(i + 1) * t + q]);
        }
        score[i * t + y] = best;
      }
    }
    return score;
  }

  /** The best score of a tagging with the words of {@code name} all O (tag 0). */
  private float withoutName(float[] emit, float[] before, float[] after, int n, Name name) {
    int t = tags.length;
    float s;
    if (name.from() == 0) {
      s = transitions[t * t];
    } else {
      s = Float.NEGATIVE_INFINITY;
      for (int p = 0; p < t; p++) {
        s = Math.max(s, before[(name.from() - 1) * t + p] + transitions[p * t]);
      }
    }
    s += emit[name.from() * t];
    for (int i = name.from() + 1; i < name.to(); i++) {
      s += transitions[0] + emit[i * t];
    }
    return s + after[(name.to() - 1) * t];
  }

  /** The tag indexes of the best sequence for a sentence. */
  int[] decode(NerFeatures.Words w) {
    return viterbi(emissions(w), w.n, tags.length, masked, null);
  }

  float[] emissions(NerFeatures.Words w) {
    int n = w.n;
    int t = tags.length;
    float[] emit = new float[n * t];
    long[] buf = new long[NerFeatures.MAX];
    int[] rows = new int[NerFeatures.MAX];
    int shift = 64 - bits;
    for (int i = 0; i < n; i++) {
      int k = features.features(w, i, buf);
      for (int f = 0; f < k; f++) {
        rows[f] = packedAt((int) (buf[f] >>> shift));
      }
      // One tag at a time over all the rows, each sum in feature order as ever: the reads of the
      // first pass do not wait on one another, so the rows come into the cache together. The
      // last tag goes first, so that a row across two cache lines has both read in the first
      // two passes.
      int base = i * t;
      for (int q = 0; q < t; q++) {
        int y = q == 0 ? t - 1 : q - 1;
        float sum = 0f;
        for (int f = 0; f < k; f++) {
          sum += packed[rows[f] + y];
        }
        emit[base + y] = sum;
      }
    }
    return emit;
  }

  /** Where row {@code r} of {@link #weights} starts in {@link #packed}: 0, the row of zeros, for a zero row. */
  private int packedAt(int r) {
    long set = index[(r >>> 6) * 2];
    long before = index[(r >>> 6) * 2 + 1] + Long.bitCount(set & ((1L << r) - 1)) + 1;
    return (int) ((set >>> r) & 1) * (int) before * tags.length;
  }

  /**
   * The best tag sequence for emission scores {@code emit} (n × t) under {@link #masked}
   * transitions; {@code score} (n × t, or null) receives the best score of each prefix ending
   * in each tag.
   */
  static int[] viterbi(float[] emit, int n, int t, float[] masked, float[] score) {
    if (score == null) {
      score = new float[n * t];
    }
    int[] back = new int[n * t];
    for (int y = 0; y < t; y++) {
      score[y] = emit[y] + masked[t * t + y];
    }
    int[][] before = steps(masked, t, true);
    for (int i = 1; i < n; i++) {
      int prev = (i - 1) * t;
      for (int y = 0; y < t; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p : before[y]) {
          float s = score[prev + p] + masked[p * t + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * t + y] = best + emit[i * t + y];
        back[i * t + y] = arg;
      }
    }
    int[] path = new int[n];
    float best = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < t; y++) {
      if (score[(n - 1) * t + y] > best) {
        best = score[(n - 1) * t + y];
        path[n - 1] = y;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      path[i - 1] = back[i * t + path[i]];
    }
    return path;
  }

  /**
   * For each tag, the tags that may come before it ({@code into}) or after it, in order: the
   * steps {@code masked} does not forbid. A forbidden step scores minus infinity and so is never
   * the best; leaving it out changes no result and saves most of the work for the I- tags.
   */
  static int[][] steps(float[] masked, int t, boolean into) {
    int[][] out = new int[t][];
    for (int y = 0; y < t; y++) {
      int k = 0;
      int[] other = new int[t];
      for (int q = 0; q < t; q++) {
        if (masked[into ? q * t + y : y * t + q] != Float.NEGATIVE_INFINITY) {
          other[k++] = q;
        }
      }
      out[y] = Arrays.copyOf(other, k);
    }
    return out;
  }

  /** The spans of a tag sequence, as the seqeval convention reads BIO. */
  List<Name> names(int[] path) {
    String[] written = new String[path.length];
    for (int i = 0; i < path.length; i++) {
      written[i] = tags[path[i]];
    }
    return names(List.of(written));
  }

  /** The names of a sequence of BIO tags: a name starts at B-X, or at an I-X that continues none. */
  static List<Name> names(List<String> tags) {
    List<Name> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean inside = tag.startsWith("I-") && tag.substring(2).equals(type);
      if (!inside && start >= 0) {
        out.add(new Name(start, i, type));
        start = -1;
        type = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
        start = i;
        type = tag.substring(2);
      }
    }
    return out;
  }

  // ---- the file

  public void write(OutputStream stream) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(stream)))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      write(out);
      out.writeBoolean(second != null);
      if (second != null) {
        second.write(out);
      }
    }
  }

  private void write(DataOutputStream out) throws IOException {
    out.writeInt(tags.length);
    for (String tag : tags) {
      out.writeUTF(tag);
    }
    out.writeInt(bits);
    for (float f : transitions) {
      out.writeFloat(f);
    }
    int t = tags.length;
    int rows = weights.length / t;
    int used = 0;
    for (int r = 0; r < rows; r++) {
      if (!zeroRow(r)) {
        used++;
      }
    }
    out.writeInt(used);
    int last = 0;
    for (int r = 0; r < rows; r++) {
      if (zeroRow(r)) {
        continue;
      }
      out.writeInt(r - last); // gaps compress better than indexes
      last = r;
      for (int y = 0; y < t; y++) {
        out.writeFloat(weights[r * t + y]);
      }
    }
    clusters.write(out);
    letters.write(out);
    articles.write(out);
  }

  private boolean zeroRow(int r) {
    int t = tags.length;
    for (int y = 0; y < t; y++) {
      if (weights[r * t + y] != 0) {
        return false;
      }
    }
    return true;
  }

  public static NerModel read(InputStream stream) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream)))) {
      int version = in.readInt() == MAGIC ? in.readInt() : -1;
      if (version < 1 || version > VERSION) {
        throw new IOException("not a Marsad entity model of version 1 to " + VERSION);
      }
      NerModel first = read(in, version);
      return version > 1 && in.readBoolean() ? first.withSecond(read(in, version)) : first;
    }
  }

  private static NerModel read(DataInputStream in, int version) throws IOException {
    String[] tags = new String[in.readInt()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = in.readUTF();
    }
    int bits = in.readInt();
    if (bits < 8 || bits > 26) {
      throw new IOException("entity model: " + bits + " hash bits, expected 8 to 26");
    }
    int t = tags.length;
    float[] transitions = new float[(t + 1) * t];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = in.readFloat();
    }
    float[] weights = new float[(1 << bits) * t];
    int used = in.readInt();
    int r = 0;
    for (int k = 0; k < used; k++) {
      r += in.readInt();
      for (int y = 0; y < t; y++) {
        weights[r * t + y] = in.readFloat();
      }
    }
    WordClusters clusters = WordClusters.read(in);
    NameLetters letters = version >= 3 ? NameLetters.read(in) : NameLetters.empty();
    ArticleUse articles = version >= 3 ? ArticleUse.read(in) : ArticleUse.empty();
    return new NerModel(tags, bits, weights, transitions, clusters, letters, articles);
  }

  private static final class Standard {
    static final NerModel MODEL = load();

    private static NerModel load() {
      String file = System.getProperty(FILE_PROPERTY);
      if (file != null) {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
          return read(in);
        } catch (IOException e) {
          throw new IllegalStateException("cannot read the entity model " + file + ": " + e.getMessage(), e);
        }
      }
      try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the entity model " + RESOURCE + " is missing from the classpath;"
              + " build it with: marsad train ner --data DIR");
        }
        return read(in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the entity model " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  /** The model shipped with Marsad, read once. */
  public static NerModel standard() {
    return Standard.MODEL;
  }
}
