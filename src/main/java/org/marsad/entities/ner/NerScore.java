package org.marsad.entities.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 of names by exact span and type, per type and micro-averaged: the
 * convention of seqeval and of {@code shared/eval/anercorp.py}.
 */
public final class NerScore {

  private final Map<String, int[]> counts = new TreeMap<>(); // type → tp, fp, fn

  /** Adds one sentence: the names of the gold tags and the names found. */
  void add(List<NerModel.Name> gold, List<NerModel.Name> found) {
    Set<NerModel.Name> g = new HashSet<>();
    gold.forEach(n -> g.add(new NerModel.Name(n.from(), n.to(), n.type())));
    Set<NerModel.Name> f = new HashSet<>();
    found.forEach(n -> f.add(new NerModel.Name(n.from(), n.to(), n.type())));
    for (NerModel.Name n : f) {
      counts.computeIfAbsent(n.type(), t -> new int[3])[g.contains(n) ? 0 : 1]++;
    }
    for (NerModel.Name n : g) {
      if (!f.contains(n)) {
        counts.computeIfAbsent(n.type(), t -> new int[3])[2]++;
      }
    }
  }

  void addAll(NerScore other) {
    other.counts.forEach((type, c) -> {
      int[] mine = counts.computeIfAbsent(type, t -> new int[3]);
      for (int i = 0; i < 3; i++) {
        mine[i] += c[i];
      }
    });
  }

  /** F1 of one type. */
  public double f1(String type) {
    return f1(counts.getOrDefault(type, new int[3]));
  }

  public double microF1() {
    return f1(total());
  }

  private int[] total() {
    int[] t = new int[3];
    for (int[] c : counts.values()) {
      for (int i = 0; i < 3; i++) {
        t[i] += c[i];
      }
    }
    return t;
  }

  private static double f1(int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One line a type and one for all: P, R, F1 and the counts. */
  public String report() {
    StringBuilder out = new StringBuilder();
    counts.forEach((type, c) -> out.append(line(type, c)));
    out.append(line("micro", total()));
    return out.toString();
  }

  private static String line(String label, int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
    return String.format(Locale.ROOT, "%-5s P %.3f R %.3f F1 %.3f  (tp %d, fp %d, fn %d)%n", label, p, r, f1(c),
        c[0], c[1], c[2]);
  }
}
