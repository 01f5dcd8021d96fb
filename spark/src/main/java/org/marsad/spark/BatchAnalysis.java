package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.marsad.doc.Article;
import org.marsad.doc.Json;
import org.marsad.ingest.RawArticle;
import org.marsad.store.Store;
import org.marsad.store.StoreWriter;
import scala.Tuple2;

/**
 * One batch analysis on Spark: the input files are listed on the driver; each is read on an
 * executor into raw articles; these are spread over {@code partitions} partitions by source and
 * analysed there; the records are then placed by article id, sorted, one kept per id, and
 * written. Every step is a function of its input, so a task that Spark runs again writes the
 * same records, and a rerun writes the same files.
 */
public final class BatchAnalysis {

  /** What is done to each article. */
  @FunctionalInterface
  public interface Analysis extends Serializable {
    Article analyze(RawArticle article) throws Exception;
  }

  /** The standard pipeline, built once per executor and shared by its tasks. */
  public static final Analysis STANDARD = article -> PerExecutor.pipeline().analyze(article);

  /**
   * Where the records go, each a folder on any Hadoop file system or null: {@code jsonl} one JSON
   * object a line exactly as {@code marsad analyze} writes it, {@code parquet} the same records as
   * Parquet with the schema of {@link Article}; {@code store} an archive as {@code --store} names
   * one ({@link Store#at}), or null: an OpenSearch index is loaded by the executors, each
   * partition in bulk; an archive folder, which one process writes at a time, by the driver.
   */
  public record Output(String jsonl, String parquet, String store, boolean overwrite) {

    public Output(String jsonl, String parquet, boolean overwrite) {
      this(jsonl, parquet, null, overwrite);
    }
  }

  /**
   * What a run did: files listed, inputs that named nothing or could not be read (files, lines,
   * articles whose analysis failed), records written, copies of an article dropped, the wall time
   * and the task time spent in the pipeline itself.
   */
  public record Summary(int files, long read, long skipped, long analysed, long duplicates, long records,
      double seconds, double pipelineSeconds) {}

  private final SparkSession spark;
  private final int partitions;
  private final Analysis analysis;

  public BatchAnalysis(SparkSession spark, int partitions, Analysis analysis) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
    }
    this.spark = spark;
    this.partitions = partitions;
    this.analysis = analysis;
  }

  public Summary run(List<String> inputs, Output out) throws IOException {
    if (out.jsonl() == null && out.parquet() == null && out.store() == null) {
      throw new IllegalArgumentException("no output: give a JSONL or a Parquet folder or a store");
    }
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (!out.overwrite()) {
      for (String folder : new String[] {out.jsonl(), out.parquet()}) {
        if (folder != null && new Path(folder).getFileSystem(jsc.hadoopConfiguration()).exists(new Path(folder))) {
          throw new IllegalArgumentException(folder + " exists; give another folder, or overwrite it");
        }
      }
    }
    InputFiles.Listing listing = InputFiles.list(inputs, jsc.hadoopConfiguration(), System.err);
    Tally tally = new Tally(spark.sparkContext());
    // kept, so that the second output does not sort the records again
    JavaPairRDD<IdKey, String> records = records(jsc, listing.files(), tally).persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Dataset<String> lines = spark.createDataset(records.values().rdd(), Encoders.STRING());
      SaveMode mode = out.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      if (out.jsonl() != null) {
        jsc.setCallSite("marsad: write JSONL");
        lines.write().mode(mode).text(out.jsonl());
      }
      if (out.parquet() != null) {
        jsc.setCallSite("marsad: write Parquet");
        spark.read().schema(RecordSchema.of(Json.MAPPER, Article.class)).option("mode", "FAILFAST").json(lines)
            .write().mode(mode).parquet(out.parquet());
      }
      if (out.store() != null) {
        jsc.setCallSite("marsad: load the store");
        load(records, out.store());
      }
    } finally {
      jsc.clearCallSite();
      records.unpersist(false);
    }
    return new Summary(listing.files().size(), tally.read.value(), listing.missing() + tally.problems.value(),
        tally.analysed.value(), tally.duplicates.value(), tally.records.value(), (System.nanoTime() - start) / 1e9,
        tally.pipelineNanos.value() / 1e9);
  }

  /**
   * Adds the records to the store at {@code where}, replacing earlier versions of the same
   * articles, so that a task tried again adds nothing twice. Records are counted once, when
   * written out, so a store alone makes them be counted here.
   */
  private static void load(JavaPairRDD<IdKey, String> records, String where) throws IOException {
    Store.at(where); // a wrong address stops the job here, not in every task
    if (where.startsWith("http://") || where.startsWith("https://")) {
      records.foreachPartition(partition -> {
        try (StoreWriter w = Store.at(where).openWriter()) {
          while (partition.hasNext()) {
            add(w, partition.next());
          }
          w.commit();
        }
      });
      return;
    }
    try (StoreWriter w = Store.at(where).openWriter()) {
      for (Iterator<Tuple2<IdKey, String>> it = records.toLocalIterator(); it.hasNext(); ) {
        add(w, it.next());
      }
      w.commit();
    }
  }

  private static void add(StoreWriter w, Tuple2<IdKey, String> record) throws IOException {
    w.add(Json.MAPPER.readValue(record._2(), Article.class), record._1().readKey());
  }

  /** The records of the files, as JSON, placed by article id and sorted by it in each partition. */
  JavaPairRDD<IdKey, String> records(JavaSparkContext jsc, List<String> files, Tally tally) {
    HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
    Analysis analysis = this.analysis;
    // each step named as the Spark UI and the listeners show its stage
    jsc.setCallSite("marsad: read the files");
    JavaPairRDD<String, String> raw = jsc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
        .flatMapToPair(file -> FileReading.read(file, conf.get(), tally));
    jsc.setCallSite("marsad: analyse the articles");
    // a big JSONL file is one task to read but many to analyse
    JavaPairRDD<IdKey, String> analysed = raw.partitionBy(new HashPartitioner(partitions))
        .flatMapToPair(r -> analyse(r._2(), analysis, tally));
    jsc.setCallSite("marsad: one record per article id");
    JavaPairRDD<IdKey, String> records = analysed.repartitionAndSortWithinPartitions(new IdPartitioner(partitions))
        .mapPartitionsToPair(sorted -> new FirstOfEachId(sorted, tally));
    jsc.clearCallSite();
    return records;
  }

  private static Iterator<Tuple2<IdKey, String>> analyse(String rawJson, Analysis analysis, Tally tally)
      throws JsonProcessingException {
    RawArticle raw = Json.MAPPER.readValue(rawJson, RawArticle.class);
    long t0 = System.nanoTime();
    Article a;
    try {
      a = analysis.analyze(raw);
    } catch (Exception e) {
      // a failure loses this article only; say which and why
      tally.problem(raw.source(), "failed: " + e);
      return List.<Tuple2<IdKey, String>>of().iterator();
    } finally {
      tally.pipelineNanos.add(System.nanoTime() - t0);
    }
    tally.analysed.add(1);
    return List.of(new Tuple2<>(new IdKey(a.id(), a.source(), StoreWriter.readKey(raw)), Json.MAPPER.writeValueAsString(a))).iterator();
  }

  /** The first record of each article id in a partition sorted by id. */
  private static final class FirstOfEachId implements Iterator<Tuple2<IdKey, String>> {
    private final Iterator<Tuple2<IdKey, String>> sorted;
    private final Tally tally;
    private Tuple2<IdKey, String> next;
    private String lastId;

    FirstOfEachId(Iterator<Tuple2<IdKey, String>> sorted, Tally tally) {
      this.sorted = sorted;
      this.tally = tally;
    }

    @Override
    public boolean hasNext() {
      while (next == null && sorted.hasNext()) {
        Tuple2<IdKey, String> r = sorted.next();
        if (r._1().id().equals(lastId)) {
          tally.duplicates.add(1);
        } else {
          next = r;
          lastId = r._1().id();
        }
      }
      return next != null;
    }

    @Override
    public Tuple2<IdKey, String> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Tuple2<IdKey, String> r = next;
      next = null;
      tally.records.add(1);
      return r;
    }
  }
}
