package org.marsad.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * Near-duplicate articles: the same agency story carried by several outlets, lightly edited.
 * Each body gets a MinHash signature over its three-word shingles; the signature is cut into
 * {@value #BANDS} bands of {@value #ROWS} rows (locality-sensitive hashing, Leskovec, Rajaraman
 * and Ullman, "Mining of Massive Datasets", ch. 3), and two articles sharing a band are
 * candidates, kept when their estimated similarity reaches {@value #THRESHOLD}. With these
 * numbers a pair at similarity 0.5 becomes a candidate 80% of the time, at 0.6 97%.
 */
public final class Syndication {

  public static final int SHINGLE = 3;
  public static final int BANDS = 25;
  public static final int ROWS = 4;
  public static final int SIZE = BANDS * ROWS;
  public static final double THRESHOLD = 0.5;

  private Syndication() {}

  public static long[] signature(String body) {
    return MinHash.signature(MinHash.words(body), SHINGLE, SIZE);
  }

  /** The LSH keys of a signature, one a band; none for an empty body. */
  public static List<String> bandKeys(long[] signature) {
    long[] hashes = bandHashes(signature);
    List<String> keys = new ArrayList<>(hashes.length);
    for (int b = 0; b < hashes.length; b++) {
      keys.add(b + ":" + HexFormat.of().toHexDigits(hashes[b]));
    }
    return keys;
  }

  /** The hash of each band, the band's number mixed in; none for an empty body. */
  static long[] bandHashes(long[] signature) {
    if (signature.length != SIZE || signature[0] == Long.MAX_VALUE) {
      return new long[0];
    }
    long[] hashes = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = MinHash.mix(h * 31 + signature[b * ROWS + r]);
      }
      hashes[b] = h;
    }
    return hashes;
  }

  /** Whether the estimated similarity reaches {@value #THRESHOLD}; stops counting once it cannot, or once it has. */
  public static boolean syndicated(long[] a, long[] b) {
    return syndicated(a, b.length, i -> b[i]);
  }

  /** The same, the second signature {@code length} values read one by one, as far as the answer needs. */
  static boolean syndicated(long[] a, int length, IntToLongFunction b) {
    if (a.length != length || a.length == 0) {
      return false;
    }
    int needed = (int) Math.ceil(THRESHOLD * a.length);
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b.applyAsLong(i) && a[i] != Long.MAX_VALUE && ++same >= needed) {
        return true;
      }
      if (same + (a.length - i - 1) < needed) {
        return false;
      }
    }
    return false;
  }

  /**
   * Groups signatures: for each position, the position of the first member of its group, so
   * that, in rank order, the first of a group represents it.
   */
  public static int[] group(List<long[]> signatures) {
    int[] parent = new int[signatures.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    long[][] hashes = new long[parent.length][];
    int total = 0;
    for (int i = 0; i < parent.length; i++) {
      hashes[i] = bandHashes(signatures.get(i));
      total += hashes[i].length;
    }
    // only bands that two positions share make a bucket: found by sorting, most bands being nobody else's
    long[] sorted = new long[total];
    for (int i = 0, at = 0; i < parent.length; at += hashes[i].length, i++) {
      System.arraycopy(hashes[i], 0, sorted, at, hashes[i].length);
    }
    Arrays.sort(sorted);
    long[] shared = new long[total];
    int sharedCount = 0;
    for (int k = 1; k < total; k++) {
      if (sorted[k] == sorted[k - 1] && (sharedCount == 0 || shared[sharedCount - 1] != sorted[k])) {
        shared[sharedCount++] = sorted[k];
      }
    }
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      for (long key : hashes[i]) {
        if (Arrays.binarySearch(shared, 0, sharedCount, key) >= 0) {
          buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
    }
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int a = bucket.get(x);
          int b = bucket.get(y);
          if (find(parent, a) != find(parent, b) && syndicated(signatures.get(a), signatures.get(b))) {
            union(parent, a, b);
          }
        }
      }
    }
    int[] first = new int[parent.length];
    for (int i = 0; i < parent.length; i++) {
      first[i] = find(parent, i);
    }
    return first;
  }

  /** Union-find root; the smaller position is always the root, so roots are group firsts. */
  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
