package org.marsad.spark;

import org.marsad.ingest.ArticleReader;
import org.marsad.pipeline.Pipeline;

/**
 * What each executor builds once, on first use, and shares among its task threads: the reader
 * and the pipeline with its knowledge loaded (both thread-safe). A holder class per value, so that
 * a JVM that only reads never loads the pipeline.
 */
final class PerExecutor {

  private PerExecutor() {}

  static Pipeline pipeline() {
    return PipelineHolder.PIPELINE;
  }

  static ArticleReader reader() {
    return ReaderHolder.READER;
  }

  private static final class PipelineHolder {
    static final Pipeline PIPELINE = Pipeline.standard();
  }

  private static final class ReaderHolder {
    static final ArticleReader READER = new ArticleReader();
  }
}
