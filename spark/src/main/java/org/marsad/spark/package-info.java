/**
 * Batch analysis on Apache Spark: articles read from any Hadoop file system, each partition run
 * through the same {@link org.marsad.pipeline.Pipeline} as {@code marsad analyze} (one per
 * executor), records written as JSONL and Parquet keyed by article id. A module of its own, so
 * that the command line stays free of Spark.
 */
package org.marsad.spark;
