package org.marsad.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of this module's tests, started on first use (Spark takes seconds to
 * start) and stopped when the test JVM ends: two worker threads, each task tried up to twice
 * (local[2] would not retry a failed task), on the loopback address only.
 */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession session() {
    return Holder.SPARK;
  }

  private static final class Holder {
    static final SparkSession SPARK = start();

    private static SparkSession start() {
      SparkSession spark = SparkSession.builder()
          .master("local[2,2]")
          .appName("marsad-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
      return spark;
    }
  }
}
