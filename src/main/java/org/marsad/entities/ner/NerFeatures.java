package org.marsad.entities.ner;

import java.util.List;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * The hashed features of every word of a sentence. Each feature is a 64-bit hash of a template
 * and its values, folded to a weight row of the model. Per word: its normalised form, its stem
 * (the conjunction و/ف and the article, with ب/ك/ل before it, taken off), the readings with a
 * preposition split off ({@link Clitics}), prefixes and suffixes of one to four letters, its
 * shape, its knowledge-base classes and its word cluster; then the same for the words around it,
 * two each side, and the stem pairs it makes with its neighbours; where the model has them, how much
 * its letters and its neighbours' look like a name's ({@link NameLetters}) and how often unlabelled
 * text gives its stem and the next word's the article ({@link ArticleUse}). Words are the tokens of
 * {@link org.marsad.text.Tokenizer}: ANERcorp splits words the same way (punctuation apart,
 * clitics attached).
 */
public final class NerFeatures {

  /** At most this many features a word (the bag of readings is cut there). */
  static final int MAX = 128;
  private static final int WINDOW = 2;
  private static final int CLUSTER_LEVELS = WordClusters.PREFIXES.length;

  // templates: one id each, mixed into the hash
  private static final int BIAS = 1;
  private static final int WORD = 2;      // + offset
  private static final int STEM = 10;     // + offset
  private static final int SHAPE = 20;    // + offset
  private static final int CLASS = 30;    // + offset, then the bit
  private static final int CLUSTER = 40;  // + offset * levels + level
  private static final int PREFIX = 70;   // + length
  private static final int SUFFIX = 75;   // + length
  private static final int STEM_PREFIX = 80; // + length
  private static final int READING = 90;
  private static final int STEM_PAIR_LEFT = 91;
  private static final int STEM_PAIR_RIGHT = 92;
  private static final int SHAPE_PAIR = 93;
  private static final int AROUND = 110; // affixes of the words around: + 20
  private static final int WORD_CLASS_PAIR = 100;
  // + offset + 1; AROUND's last ids reach 131 too, but its values are 64-bit hashes of letters, never a
  // bucket's small number (kept so that the models measured in the README are rebuilt the same)
  private static final int LETTERS = 130;
  private static final int LETTER_PAIR = 134; // + 0 left pair, + 1 right pair
  private static final int ARTICLE = 136;     // + offset + 1

  private final WordClusters clusters;
  private final NameLetters letters;
  private final ArticleUse articles;

  NerFeatures(WordClusters clusters, NameLetters letters, ArticleUse articles) {
    this.clusters = clusters;
    this.letters = letters;
    this.articles = articles;
  }

  /** The words of one sentence, read once: what every feature is made from. */
  static final class Words {
    final int n;
    final long[] word;
    final long[] stem;
    final int[] shape;
    final int[] classes;
    final long[][] cluster;
    final String[] norm;
    final String[] stems;
    /** How much the word's stem looks like a name by its letters ({@link NameLetters#bucket}). */
    final int[] letters;
    /** How often unlabelled text gives the word's stem the article ({@link ArticleUse#bucket}). */
    final int[] articles;
    /** Words whose own form the features leave out (in training: words seen once), so that the
     * model learns to find a name by its context and letters, as it must for names never seen. */
    final boolean[] hidden;

    Words(int n) {
      this(n, new long[n], new long[n], new int[n], new int[n], new long[n][], new String[n], new String[n],
          new int[n], new int[n], new boolean[n]);
    }

    private Words(int n, long[] word, long[] stem, int[] shape, int[] classes, long[][] cluster, String[] norm,
        String[] stems, int[] letters, int[] articles, boolean[] hidden) {
      this.n = n;
      this.word = word;
      this.stem = stem;
      this.shape = shape;
      this.classes = classes;
      this.cluster = cluster;
      this.norm = norm;
      this.stems = stems;
      this.letters = letters;
      this.articles = articles;
      this.hidden = hidden;
    }

    /** The same words with other knowledge-base flags (one per word), read without reading the words again. */
    Words withClasses(int[] flags) {
      return new Words(n, word, stem, shape, flags.clone(), cluster, norm, stems, letters, articles, hidden);
    }
  }

  Words read(List<Token> tokens, int[] classes) {
    Words w = new Words(tokens.size());
    for (int i = 0; i < w.n; i++) {
      Token t = tokens.get(i);
      String norm = t.norm();
      String stem = t.kind() == Token.Kind.ARABIC ? stem(norm) : norm;
      w.norm[i] = norm;
      w.stems[i] = stem;
      w.word[i] = hash(norm);
      w.stem[i] = hash(stem);
      w.shape[i] = shape(t, norm);
      w.classes[i] = classes[i];
      w.cluster[i] = clusters.prefixHashes(norm, stem);
      w.letters[i] = t.kind() == Token.Kind.ARABIC ? letters.bucket(stem) : NameLetters.NONE;
      w.articles[i] = t.kind() == Token.Kind.ARABIC ? articles.bucket(stem) : ArticleUse.NONE;
    }
    return w;
  }

  /**
   * The features of word {@code i} into {@code out}; returns how many. {@code out} holds
   * {@link #MAX} at least.
   */
  int features(Words w, int i, long[] out) {
    int k = 0;
    out[k++] = mix(BIAS, 0);
    for (int d = -WINDOW; d <= WINDOW; d++) {
      int j = i + d;
      boolean hidden = j >= 0 && j < w.n && w.hidden[j];
      long word = j < 0 ? 1 : j >= w.n ? 2 : w.word[j];
      long stem = j < 0 ? 1 : j >= w.n ? 2 : w.stem[j];
      if (!hidden) {
        out[k++] = mix(WORD + d + WINDOW, word);
        if (d != 0 || stem != word) {
          out[k++] = mix(STEM + d + WINDOW, stem);
        }
      }
      int shape = j < 0 ? 1 : j >= w.n ? 2 : w.shape[j];
      if (d >= -1 && d <= 1) {
        out[k++] = mix(SHAPE + d + 1, shape);
        if (j >= 0 && j < w.n) {
          int flags = w.classes[j];
          while (flags != 0) {
            int bit = Integer.numberOfTrailingZeros(flags);
            flags &= flags - 1;
            out[k++] = mix(CLASS + d + 1, bit);
          }
          long[] c = w.cluster[j];
          for (int l = 0; l < c.length; l++) {
            out[k++] = mix(CLUSTER + (d + 1) * CLUSTER_LEVELS + l, c[l]);
          }
        }
      }
    }
    String norm = w.norm[i];
    String stem = w.stems[i];
    for (int len = 1; len <= 4; len++) {
      if (norm.length() > len) {
        out[k++] = mix(PREFIX + len, hash(norm, 0, len));
        out[k++] = mix(SUFFIX + len, hash(norm, norm.length() - len, norm.length()));
      }
      if (stem.length() > len && stem != norm) {
        out[k++] = mix(STEM_PREFIX + len, hash(stem, 0, len));
      }
    }
    for (int d = -1; d <= 1; d += 2) {
      int j = i + d;
      if (j >= 0 && j < w.n) {
        String s = w.stems[j];
        for (int len = 2; len <= 3; len++) {
          if (s.length() > len) {
            out[k++] = mix(AROUND + (d + 1) * 4 + len, hash(s, s.length() - len, s.length()));
            out[k++] = mix(AROUND + 10 + (d + 1) * 4 + len, hash(s, 0, len));
          }
        }
      }
    }
    if (!w.hidden[i]) {
      long left = i > 0 ? w.stem[i - 1] : 1;
      long right = i + 1 < w.n ? w.stem[i + 1] : 2;
      out[k++] = mix(mix(STEM_PAIR_LEFT, left), w.stem[i]);
      out[k++] = mix(mix(STEM_PAIR_RIGHT, w.stem[i]), right);
    }
    out[k++] = mix(SHAPE_PAIR, (i > 0 ? w.shape[i - 1] : 1) * 1021L + w.shape[i]);
    out[k++] = mix(WORD_CLASS_PAIR, (i > 0 ? w.classes[i - 1] : -1) * 8191L + w.classes[i]);
    for (int d = -1; d <= 1; d++) {
      int j = i + d;
      if (j >= 0 && j < w.n && w.letters[j] != NameLetters.NONE) {
        out[k++] = mix(LETTERS + d + 1, w.letters[j]);
        if (d != 0 && w.letters[i] != NameLetters.NONE) {
          out[k++] = mix(LETTER_PAIR + (d + 1) / 2, w.letters[Math.min(i, j)] * 64L + w.letters[Math.max(i, j)]);
        }
      }
    }
    for (int d = 0; d <= 1; d++) {
      int j = i + d;
      if (j < w.n && w.articles[j] != ArticleUse.NONE) {
        out[k++] = mix(ARTICLE + d + 1, w.articles[j]);
      }
    }
    if (w.shape[i] >>> 8 == Token.Kind.ARABIC.ordinal()) {
      for (Clitics.Reading r : Clitics.readings(norm)) {
        if (r.prefix() > 0 && k < MAX) {
          out[k++] = mix(READING, hash(r.form()));
        }
      }
    }
    return k;
  }

  /**
   * The word without the conjunction و/ف and without the article, also when ب, ك or ل stands
   * before it ("والحكومة", "بالعراق", "للأمم" → "حكومه", "عراق", "امم"); other words unchanged.
   */
  static String stem(String norm) {
    int s = 0;
    if (norm.length() > 3 && Clitics.opensWithConjunction(norm)) {
      s = 1;
    }
    if (norm.startsWith("ال", s) && norm.length() - s >= 4) {
      return norm.substring(s + 2);
    }
    if (norm.startsWith("لل", s) && norm.length() - s >= 4) {
      return norm.substring(s + 2);
    }
    char c = norm.length() > s ? norm.charAt(s) : 0;
    if ((c == 'ب' || c == 'ك' || c == 'ل') && norm.startsWith("ال", s + 1) && norm.length() - s >= 5) {
      return norm.substring(s + 3);
    }
    return norm.substring(s);
  }

  /**
   * The shape of a word: its kind (high byte), then whether it carries the article or a
   * conjunction, its length in classes, and for Latin words their capitals.
   */
  static int shape(Token t, String norm) {
    int kind = t.kind().ordinal();
    int len = norm.length();
    int lenClass = len <= 2 ? len : len <= 4 ? 3 : len <= 6 ? 4 : len <= 9 ? 5 : 6;
    int marks = 0;
    if (t.kind() == Token.Kind.ARABIC) {
      String s = norm.length() > 3 && Clitics.opensWithConjunction(norm) ? norm.substring(1) : norm;
      marks = (s != norm ? 1 : 0) | (Clitics.opensWithArticle(s) || Clitics.opensWithLamOnArticle(s) ? 2 : 0);
    } else if (t.kind() == Token.Kind.LATIN) {
      String text = t.text();
      boolean first = Character.isUpperCase(text.charAt(0));
      boolean all = text.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
      marks = (first ? 1 : 0) | (all ? 2 : 0);
    } else if (t.kind() == Token.Kind.PUNCT) {
      return (kind << 8) | 0x80 | (t.text().charAt(0) & 0x7f);
    }
    return (kind << 8) | (marks << 4) | lenClass;
  }

  // ---- hashing: FNV-1a over the characters, then a SplitMix64 finaliser

  static long hash(String s) {
    return hash(s, 0, s.length());
  }

  static long hash(String s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  static long mix(long template, long value) {
    long z = template * 0x9E3779B97F4A7C15L + value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
