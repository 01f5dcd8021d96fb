package org.marsad.entities.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.TreeMap;
import org.marsad.text.Token;

/**
 * How often unlabelled text writes a stem with the article and how often without: names seldom
 * take it ("شيناواترا" never, "الحكومة" mostly does). Counted per stem ({@link NerFeatures#stem}),
 * and read by the entity model in four classes ({@link #bucket}): never seen, never with the
 * article, sometimes, mostly. Kept in the model file; {@link #empty()} gives no features.
 */
public final class ArticleUse {

  static final int NONE = Integer.MIN_VALUE;
  private static final ArticleUse EMPTY = new ArticleUse(new TreeMap<>());

  /** Stem → {with the article, without}. */
  private final TreeMap<String, int[]> counts;

  private ArticleUse(TreeMap<String, int[]> counts) {
    this.counts = counts;
  }

  public static ArticleUse empty() {
    return EMPTY;
  }

  /** Counts over the words of unlabelled text, added word by word ({@link #add}). */
  public static final class Counter {
    private final TreeMap<String, int[]> counts = new TreeMap<>();

    public void add(Iterable<Token> tokens) {
      for (Token t : tokens) {
        if (t.kind() == Token.Kind.ARABIC) {
          String norm = t.norm();
          String stem = NerFeatures.stem(norm);
          // the stem loses only و or ف where there is no article, two letters or more with it
          boolean article = norm.length() - stem.length() >= 2;
          counts.computeIfAbsent(stem, x -> new int[2])[article ? 0 : 1]++;
        }
      }
    }

    public ArticleUse done() {
      return new ArticleUse(counts);
    }
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  public int size() {
    return counts.size();
  }

  /** 0: never seen; 1: never with the article; 2: with it less than a third of the time; 3: more. {@link #NONE} with no counts. */
  public int bucket(String stem) {
    if (isEmpty()) {
      return NONE;
    }
    int[] c = counts.get(stem);
    if (c == null) {
      return 0;
    }
    if (c[0] == 0) {
      return 1;
    }
    return 3 * c[0] < c[0] + c[1] ? 2 : 3;
  }

  void write(DataOutputStream out) throws IOException {
    CountTable.write(counts, out);
  }

  static ArticleUse read(DataInputStream in) throws IOException {
    TreeMap<String, int[]> counts = CountTable.read(in);
    return counts.isEmpty() ? EMPTY : new ArticleUse(counts);
  }

  boolean sameAs(ArticleUse other) {
    return CountTable.same(counts, other.counts);
  }
}
