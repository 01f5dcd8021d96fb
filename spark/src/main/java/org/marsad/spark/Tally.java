package org.marsad.spark;

import java.io.Serial;
import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What a job counts on the executors for the driver's summary. A problem also gets its line
 * (file, line or article, and what went wrong) on the executor's standard error, as
 * {@code marsad analyze} gives it. A task that Spark runs twice counts twice.
 */
final class Tally implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  final LongAccumulator read;
  final LongAccumulator problems;
  final LongAccumulator analysed;
  final LongAccumulator pipelineNanos;
  final LongAccumulator duplicates;
  final LongAccumulator records;

  Tally(SparkContext sc) {
    read = sc.longAccumulator("articles read");
    problems = sc.longAccumulator("inputs skipped");
    analysed = sc.longAccumulator("articles analysed");
    pipelineNanos = sc.longAccumulator("pipeline task time (ns)");
    duplicates = sc.longAccumulator("copies of an article id dropped");
    records = sc.longAccumulator("records written");
  }

  /** An input, one line of it or one article was skipped. */
  void problem(String where, String what) {
    System.err.println(where + ": " + what);
    problems.add(1);
  }

  /** An input was read, with a remark worth a line. */
  void note(String where, String what) {
    System.err.println(where + ": " + what);
  }
}
