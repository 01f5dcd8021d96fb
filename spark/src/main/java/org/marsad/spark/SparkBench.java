package org.marsad.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;
import org.marsad.store.SampleCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark benchmark (spark/bench): the batch job on generated articles ({@link SampleCorpus},
 * one JSONL file, as {@code marsad bench} generates them) under each Spark master in turn, in one
 * JVM, after a warm-up run; for each run the wall time, articles a second, the machine's load,
 * and where the time went, stage by stage: wall time, task time, CPU, garbage collection,
 * shuffle, and the task time inside the pipeline itself.
 */
@Command(name = "spark-bench", mixinStandardHelpOptions = true,
    description = "Times the Spark job on generated articles under several masters, e.g. local[1] and local[2].")
public final class SparkBench implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "articles generated (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--masters", paramLabel = "M", split = ",", defaultValue = "local[1],local[2]",
      description = "Spark masters timed in turn (default: ${DEFAULT-VALUE})")
  List<String> masters;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "2", description = "runs of each master, alternating (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "8",
      description = "partitions, the same under every master so that the work is the same (default: ${DEFAULT-VALUE})")
  int partitions;

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "3000", description = "articles of the warm-up run (default: ${DEFAULT-VALUE})")
  int warmUp;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path work = Files.createTempDirectory("marsad-spark-bench");
    try {
      Path corpus = work.resolve("corpus.jsonl");
      long t0 = System.nanoTime();
      new SampleCorpus(7).writeJsonl(corpus, articles);
      System.out.printf(Locale.ROOT, "generated %d articles (%.1f MB of JSONL) in %.1f s%n", articles,
          Files.size(corpus) / 1e6, (System.nanoTime() - t0) / 1e9);
      Path small = work.resolve("warm-up.jsonl");
      new SampleCorpus(11).writeJsonl(small, warmUp);
      t0 = System.nanoTime();
      PerExecutor.pipeline();
      System.out.printf(Locale.ROOT, "pipeline built in %.1f s (once per executor JVM)%n", (System.nanoTime() - t0) / 1e9);
      run(masters.getLast(), small, work.resolve("warm-up"), "warm-up");
      for (int r = 0; r < runs; r++) {
        // alternate the order, so that a change in the machine's load falls on both
        List<String> order = new ArrayList<>(masters);
        if (r % 2 == 1) {
          java.util.Collections.reverse(order);
        }
        for (String m : order) {
          run(m, corpus, work.resolve("out"), "run " + (r + 1));
        }
      }
    } finally {
      try (Stream<Path> s = Files.walk(work)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }

  private void run(String master, Path input, Path out, String label) throws Exception {
    SparkSession spark = SparkSession.builder().master(master).appName("marsad spark bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Stages stages = new Stages();
    spark.sparkContext().addSparkListener(stages);
    try {
      String load0 = load();
      BatchAnalysis.Summary s = new BatchAnalysis(spark, partitions, BatchAnalysis.STANDARD).run(
          List.of(input.toString()),
          new BatchAnalysis.Output(out.resolve("jsonl").toString(), out.resolve("parquet").toString(), true));
      // the listener hears of the last stage a moment after the job returns
      spark.sparkContext().listenerBus().waitUntilEmpty();
      System.out.printf(Locale.ROOT, "%n%s, %s: %d records in %.1f s: %.0f articles/s; load average before %s, after %s%n",
          label, master, s.records(), s.seconds(), s.records() / s.seconds(), load0, load());
      System.out.printf(Locale.ROOT, "  %-36s %8s %8s %8s %7s %9s %9s%n", "stage", "wall s", "task s", "cpu s", "gc s",
          "shuffle", "spilled");
      for (Map.Entry<String, double[]> e : stages.byName.entrySet()) {
        double[] v = e.getValue();
        System.out.printf(Locale.ROOT, "  %-36s %8.1f %8.1f %8.1f %7.1f %7.0fMB %7.0fMB%n", e.getKey(), v[0], v[1], v[2],
            v[3], v[4] / 1e6, v[5] / 1e6);
      }
      System.out.printf(Locale.ROOT, "  task time in the pipeline itself: %.1f s%n", s.pipelineSeconds());
    } finally {
      spark.stop();
    }
  }

  /** The 1, 5 and 15 minute load averages. */
  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Sums, per stage name: wall s, task s, CPU s, GC s, shuffle bytes written, bytes spilled. */
  private static final class Stages extends SparkListener {
    final Map<String, double[]> byName = new LinkedHashMap<>();

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
      StageInfo info = event.stageInfo();
      TaskMetrics m = info.taskMetrics();
      double wall = info.completionTime().isDefined() && info.submissionTime().isDefined()
          ? ((Long) info.completionTime().get() - (Long) info.submissionTime().get()) / 1e3 : 0;
      double[] v = byName.computeIfAbsent(info.name(), k -> new double[6]);
      v[0] += wall;
      v[1] += m.executorRunTime() / 1e3;
      v[2] += m.executorCpuTime() / 1e9;
      v[3] += m.jvmGCTime() / 1e3;
      v[4] += m.shuffleWriteMetrics().bytesWritten();
      v[5] += m.diskBytesSpilled();
    }
  }
}
