package org.marsad.entities.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word clusters, kept in the model file: each word (in its normalised form) has a path of bits
 * in a binary tree of clusters (as Brown clustering gives), and the model reads the path's first
 * {@link #PREFIXES} bits as coarser and finer classes, so that a word the labelled data never
 * shows still looks like the words it is used as. Learned from unlabelled text by
 * {@link ClusterLearner}; a model trained without any has {@link #empty()}.
 */
public final class WordClusters {

  /** Path lengths read as features: coarse to fine. */
  static final int[] PREFIXES = {4, 8, 12};
  private static final long[] NONE = new long[0];

  private static final WordClusters EMPTY = new WordClusters(Map.of());

  /** Word → path, kept sorted so that the model file is written the same way every time. */
  private final TreeMap<String, String> paths;
  private final Map<String, long[]> hashes = new HashMap<>();

  WordClusters(Map<String, String> paths) {
    this.paths = new TreeMap<>(paths);
    for (var e : this.paths.entrySet()) {
      String p = e.getValue();
      long[] h = new long[PREFIXES.length];
      for (int l = 0; l < PREFIXES.length; l++) {
        h[l] = NerFeatures.hash(p.substring(0, Math.min(p.length(), PREFIXES[l])));
      }
      hashes.put(e.getKey(), h);
    }
  }

  /** No clusters: the model reads no cluster features. */
  public static WordClusters empty() {
    return EMPTY;
  }

  public int size() {
    return paths.size();
  }

  /** Whether {@code other} puts every word on the same path, so that words read by one serve the other. */
  boolean sameAs(WordClusters other) {
    return other == this || paths.equals(other.paths);
  }

  /** The hashes of the path prefixes of a word, tried as written then by its stem; empty when unknown. */
  long[] prefixHashes(String norm, String stem) {
    long[] h = hashes.get(norm);
    if (h == null) {
      h = hashes.get(stem);
    }
    return h == null ? NONE : h;
  }

  String path(String norm) {
    return paths.get(norm);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(paths.size());
    for (var e : paths.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  static WordClusters read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> paths = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      paths.put(in.readUTF(), in.readUTF());
    }
    return new WordClusters(paths);
  }
}
