package org.marsad.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * MinHash signatures of word sets (Broder, "On the resemblance and containment of documents",
 * 1997): two texts' signatures agree in about the share of positions that their sets of words
 * (or word n-grams) share, so similarity is estimated without keeping the sets.
 */
public final class MinHash {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private MinHash() {}

  /** The normalised words of a text: letters and digits, hamza and ta marbuta folded. */
  public static List<String> words(String text) {
    String folded = ArabicNormalizer.normalize(text);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /**
   * The signature ({@code size} minima) of the set of {@code n}-word sequences of
   * {@code words}; a text shorter than {@code n} words counts as one sequence.
   */
  public static long[] signature(List<String> words, int n, int size) {
    long[] min = new long[size];
    Arrays.fill(min, Long.MAX_VALUE);
    int last = Math.max(0, words.size() - n);
    for (int i = 0; i <= last && !words.isEmpty(); i++) {
      long h = 0xcbf29ce484222325L;
      for (int w = i; w < Math.min(words.size(), i + n); w++) {
        h = fnv(h, words.get(w));
        h = (h ^ ' ') * 0x100000001b3L;
      }
      for (int k = 0; k < size; k++) {
        long v = mix(h + k * GOLDEN);
        if (v < min[k]) {
          min[k] = v;
        }
      }
    }
    return min;
  }

  /** The estimated Jaccard similarity: the share of positions where the signatures agree. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length || a.length == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  public static byte[] toBytes(long[] signature) {
    ByteBuffer b = ByteBuffer.allocate(signature.length * Long.BYTES);
    for (long v : signature) {
      b.putLong(v);
    }
    return b.array();
  }

  public static long[] fromBytes(byte[] bytes, int offset, int length) {
    long[] out = new long[length / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = at(bytes, offset, i);
    }
    return out;
  }

  private static final VarHandle BIG_ENDIAN_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  /** The {@code i}th value of a signature written by {@link #toBytes} at {@code offset}, read in place. */
  static long at(byte[] bytes, int offset, int i) {
    return (long) BIG_ENDIAN_LONG.get(bytes, offset + i * Long.BYTES);
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** Stafford's 64-bit finaliser (splitmix64): one hash function per signature position. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
