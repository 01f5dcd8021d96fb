package org.marsad.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.text.DataFiles;

/**
 * The weights of the learned report filter: a logistic regression over the features of
 * {@link ReportFeatures}. An act is kept where the sum of its features' weights is at least 0
 * (a probability of at least one half that the sentence reports it). Written as text, one
 * feature and its weight a line, sorted, so that the same data gives the same bytes.
 */
public final class ReportModel {

  /** The shipped model, rebuilt by {@code marsad train events}. */
  public static final String RESOURCE = "/events/report-filter.tsv";

  /** The key of a line that names a type the filter judges ("judges=PROTEST"): the types {@code marsad train events --judge} named. */
  private static final String JUDGES = "judges=";

  private final Map<String, Double> weights;

  ReportModel(Map<String, Double> weights) {
    this.weights = new TreeMap<>(weights);
  }

  /** The model judging only {@code types}: the others are left to the rules. */
  public ReportModel judging(Set<String> types) {
    Map<String, Double> w = new TreeMap<>(weights);
    w.keySet().removeIf(k -> k.startsWith(JUDGES));
    for (String t : types) {
      w.put(JUDGES + t, 1.0);
    }
    return new ReportModel(w);
  }

  /** Whether the filter judges acts of {@code type}. */
  public boolean judges(String type) {
    return weights.containsKey(JUDGES + type);
  }

  /** The model shipped with Marsad. */
  public static ReportModel shipped() {
    InputStream in = ReportModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the report filter's model " + RESOURCE + " is missing from the classpath;"
          + " rebuild it with: marsad train events --data ../shared/data/arabic-event-gsr");
    }
    try (in) {
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model written by {@link #write}; {@code name} names it in errors. */
  public static ReportModel read(InputStream in, String name) {
    Map<String, Double> w = new TreeMap<>();
    for (DataFiles.Row row : DataFiles.rows(in, name, 2)) {
      try {
        w.put(row.field(0), Double.parseDouble(row.field(1)));
      } catch (NumberFormatException e) {
        throw row.error("a feature, a tab and its weight");
      }
    }
    return new ReportModel(w);
  }

  /** The sum of the weights of {@code features}; those the model does not know weigh nothing. */
  public double score(Collection<String> features) {
    double sum = 0;
    for (String f : features) {
      sum += weights.getOrDefault(f, 0.0);
    }
    return sum;
  }

  /** Whether the act with these features is kept: reported as a happening. */
  public boolean keeps(Collection<String> features) {
    return score(features) >= 0;
  }

  public int size() {
    return weights.size();
  }

  /** Writes the model: {@code comments} as lines of {@code #}, then each feature and its weight, sorted. */
  public void write(Writer out, List<String> comments) throws IOException {
    for (String c : comments) {
      out.write("# " + c + "\n");
    }
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
    }
  }
}
