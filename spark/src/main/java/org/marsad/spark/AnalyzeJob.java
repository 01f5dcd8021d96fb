package org.marsad.spark;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job's command line, for {@code spark-submit --class org.marsad.spark.AnalyzeJob}.
 * Exit status as {@code marsad analyze}'s: 0 when every input was read, 1 when some were
 * skipped, 2 on a usage error.
 */
@Command(name = "marsad-spark", mixinStandardHelpOptions = true,
    description = "Analyses articles (text, HTML, JSONL, RSS/Atom files or folders on any Hadoop file system)"
        + " on Spark and writes one record per article id as JSONL and/or Parquet, and into an archive.")
public final class AnalyzeJob implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "files, folders or globs: hdfs://..., s3a://..., file:/... or a path on the default file system")
  List<String> inputs;

  @Option(names = "--jsonl", paramLabel = "DIR", description = "write the records here as JSON lines, as marsad analyze writes them")
  String jsonl;

  @Option(names = "--parquet", paramLabel = "DIR", description = "write the records here as Parquet, with the record's schema")
  String parquet;

  @Option(names = "--store", paramLabel = "WHERE",
      description = "also load the records into this archive: an OpenSearch index (http://host:9200/marsad), loaded by"
          + " the executors in bulk, or a folder, loaded by the driver")
  String store;

  @Option(names = "--partitions", paramLabel = "N",
      description = "partitions the articles are analysed in and output files (default: 4 x the cluster's cores)")
  int partitions;

  @Option(names = "--overwrite", description = "replace output folders that exist (default: stop if one does)")
  boolean overwrite;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not started by spark-submit, e.g. local[*] (default: spark-submit's)")
  String master;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AnalyzeJob()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (jsonl == null && parquet == null && store == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --jsonl DIR, --parquet DIR, --store WHERE or several");
    }
    SparkConf conf = new SparkConf().setAppName("marsad analyze");
    if (master != null) {
      conf.setMaster(master);
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      int n = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
      BatchAnalysis.Summary s;
      try {
        s = new BatchAnalysis(spark, n, BatchAnalysis.STANDARD)
            .run(inputs, new BatchAnalysis.Output(jsonl, parquet, store, overwrite));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage().replace("overwrite", "--overwrite"));
      }
      System.err.println(describe(s));
      return s.skipped() == 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  static String describe(BatchAnalysis.Summary s) {
    return String.format(Locale.ROOT,
        "marsad-spark: %d files, %d articles read, %d analysed, %d records written (%d copies of an article dropped),"
            + " %d inputs skipped; %.1f s, of which %.1f s of task time in the pipeline",
        s.files(), s.read(), s.analysed(), s.records(), s.duplicates(), s.skipped(), s.seconds(), s.pipelineSeconds());
  }
}
