package org.marsad.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Learns the report filter's model ({@link ReportModel}) and measures it by cross-validation.
 * The learner is an L2-regularised logistic regression fitted by full-batch AdaGrad over the
 * examples in their given order, in strict arithmetic ({@link StrictMath}): the same examples
 * give the same weights, bit for bit, on any JVM. Features seen in fewer than
 * {@link Options#minCount} training examples are left out: what one sentence says is not learned.
 */
public final class ReportTrainer {

  /** One act the rules coded, with its features and the share of annotators who accepted its sentence. */
  public record Example(List<String> features, double target) {}

  /**
   * One annotated sentence of one type: {@code group} the article it comes from (folds keep an
   * article whole), {@code gold} the annotators' verdict, {@code candidates} the features of each
   * act of the type the rules coded in it (empty for none), {@code fixed} whether the rules coded
   * the type outside the filter's reach (a state's protest) so that it stays coded; {@code
   * target} the share of annotators who accepted it, what the learner fits; {@code scored}
   * whether figures count it (the annotators agreed enough: not "ambiguous"); {@code mentions}
   * the features of the sentence where it names an act of the type that the rules did not code,
   * learned from but never judged (more answers of the annotators to the sentence's register).
   */
  public record Row(String group, String type, boolean gold, List<List<String>> candidates, boolean fixed,
      double target, boolean scored, List<List<String>> mentions) {

    /** A row the annotators agreed on, all of them or none. */
    public Row(String group, String type, boolean gold, List<List<String>> candidates, boolean fixed) {
      this(group, type, gold, candidates, fixed, gold ? 1 : 0, true, List.of());
    }

    boolean byRules() {
      return fixed || !candidates.isEmpty();
    }

    boolean byFilter(ReportModel model) {
      return fixed || (!model.judges(type) && !candidates.isEmpty()) || candidates.stream().anyMatch(model::keeps);
    }
  }

  /**
   * The learner's settings: the L2 penalty, the passes over the data, the least count of a
   * feature, and the probability of a report above which an act is kept (the bias is moved so
   * that the model keeps an act where its score is at least 0).
   */
  public record Options(double l2, int iterations, int minCount, double keepAbove) {

    public static Options standard() {
      return new Options(0.02, 300, 2, 0.5);
    }

    public Options withL2(double l2) {
      return new Options(l2, iterations, minCount, keepAbove);
    }

    public Options withKeepAbove(double p) {
      return new Options(l2, iterations, minCount, p);
    }
  }

  /** True and false positives and false negatives. */
  public record Counts(int tp, int fp, int fn) {

    Counts plus(boolean predicted, boolean gold) {
      return new Counts(tp + (predicted && gold ? 1 : 0), fp + (predicted && !gold ? 1 : 0),
          fn + (!predicted && gold ? 1 : 0));
    }

    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private static final double RATE = 0.5;

  private ReportTrainer() {}

  /**
   * The examples of the rows: each act the rules coded, labelled with its sentence's verdict, and,
   * where they coded none, the sentence's mention of the type.
   */
  public static List<Example> examples(List<Row> rows) {
    List<Example> out = new ArrayList<>();
    for (Row r : rows) {
      for (List<String> c : r.candidates().isEmpty() && !r.fixed() ? r.mentions() : r.candidates()) {
        out.add(new Example(c, r.target()));
      }
    }
    return out;
  }

  /** Fits the model to {@code examples}. */
  public static ReportModel train(List<Example> examples, Options o) {
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      for (String f : e.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    new TreeMap<>(counts).forEach((f, c) -> {
      if (c >= o.minCount() || f.equals("bias")) {
        index.put(f, index.size());
      }
    });
    int[][] x = new int[examples.size()][];
    for (int k = 0; k < examples.size(); k++) {
      x[k] = examples.get(k).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
    }
    double[] w = new double[index.size()];
    double[] squares = new double[w.length];
    int bias = index.getOrDefault("bias", -1);
    int n = Math.max(1, examples.size());
    for (int it = 0; it < o.iterations(); it++) {
      double[] g = new double[w.length];
      for (int k = 0; k < x.length; k++) {
        double z = 0;
        for (int j : x[k]) {
          z += w[j];
        }
        double p = 1 / (1 + StrictMath.exp(-z));
        double err = p - examples.get(k).target();
        for (int j : x[k]) {
          g[j] += err / n;
        }
      }
      for (int j = 0; j < w.length; j++) {
        double gj = g[j] + (j == bias ? 0 : o.l2() * w[j]);
        squares[j] += gj * gj;
        if (squares[j] > 0) {
          w[j] -= RATE * gj / StrictMath.sqrt(squares[j]);
        }
      }
    }
    if (bias >= 0) {
      w[bias] += StrictMath.log((1 - o.keepAbove()) / o.keepAbove());
    }
    Map<String, Double> weights = new TreeMap<>();
    index.forEach((f, j) -> {
      if (Math.abs(w[j]) >= 5e-6) {
        weights.put(f, w[j]);
      }
    });
    return new ReportModel(weights).judging(ReportFilter.TYPES_SET);
  }

  /** The counts per type of the rules alone over {@code rows}. */
  public static Map<String, Counts> byRules(List<Row> rows) {
    Map<String, Counts> out = new TreeMap<>();
    for (Row r : rows) {
      if (!r.scored()) {
        continue;
      }
      out.merge(r.type(), new Counts(0, 0, 0).plus(r.byRules(), r.gold()), ReportTrainer::sum);
    }
    return out;
  }

  /** The counts per type of the rules with {@code model}'s filter over {@code rows} (in-sample if it learned from them). */
  public static Map<String, Counts> byFilter(List<Row> rows, ReportModel model) {
    Map<String, Counts> out = new TreeMap<>();
    for (Row r : rows) {
      if (!r.scored()) {
        continue;
      }
      out.merge(r.type(), new Counts(0, 0, 0).plus(r.byFilter(model), r.gold()), ReportTrainer::sum);
    }
    return out;
  }

  /**
   * The counts per type of the filter over {@code rows}, each row judged by a model that did not
   * learn from its article: the articles are shuffled with {@code seed} and dealt into {@code folds}
   * folds; each fold is judged by a model trained on the others.
   */
  public static Map<String, Counts> crossValidate(List<Row> rows, int folds, long seed, Options o) {
    return crossValidate(rows, folds, seed, o, false);
  }

  /**
   * As {@link #crossValidate(List, int, long, Options)}; with {@code selecting}, each fold's model
   * is trained with the settings {@link #select} chooses from that fold's training rows alone.
   */
  public static Map<String, Counts> crossValidate(List<Row> rows, int folds, long seed, Options o,
      boolean selecting) {
    List<String> groups = rows.stream().map(Row::group).distinct().sorted().toList();
    List<String> shuffled = new ArrayList<>(groups);
    Collections.shuffle(shuffled, new Random(seed));
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < shuffled.size(); i++) {
      foldOf.put(shuffled.get(i), i % folds);
    }
    Map<String, Counts> out = new TreeMap<>();
    for (int k = 0; k < folds; k++) {
      int fold = k;
      List<Row> train = rows.stream().filter(r -> foldOf.get(r.group()) != fold).toList();
      ReportModel model = train(examples(train), selecting ? select(train, o) : o);
      for (Row r : rows) {
        if (foldOf.get(r.group()) == fold && r.scored()) {
          out.merge(r.type(), new Counts(0, 0, 0).plus(r.byFilter(model), r.gold()), ReportTrainer::sum);
        }
      }
    }
    return out;
  }

  /** The L2 penalties and thresholds {@link #select} chooses from. */
  static final double[] PENALTIES = {0.05, 0.1, 0.2};
  static final double[] THRESHOLDS = {0.35, 0.4, 0.45, 0.5};
  /** The folds and the shuffle of the inner cross-validation that selects the settings. */
  private static final int INNER_FOLDS = 5;
  private static final long INNER_SEED = 17;

  /**
   * The settings of {@code base} with the L2 penalty and the threshold under which the filter,
   * cross-validated over {@code rows} alone ({@value #INNER_FOLDS} folds by article), scores the
   * highest F1, summed over the types: chosen from the training data only, so that an outer
   * cross-validation that selects inside each fold measures the whole recipe.
   */
  public static Options select(List<Row> rows, Options base) {
    Options best = base;
    double bestF1 = -1;
    for (double l2 : PENALTIES) {
      for (double p : THRESHOLDS) {
        Options o = base.withL2(l2).withKeepAbove(p);
        double f1 = crossValidate(rows, INNER_FOLDS, INNER_SEED, o, false).values().stream()
            .mapToDouble(Counts::f1).sum();
        if (f1 > bestF1 + 1e-12) {
          bestF1 = f1;
          best = o;
        }
      }
    }
    return best;
  }

  private static Counts sum(Counts a, Counts b) {
    return new Counts(a.tp() + b.tp(), a.fp() + b.fp(), a.fn() + b.fn());
  }
}
