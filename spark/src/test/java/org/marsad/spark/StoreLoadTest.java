package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Article;
import org.marsad.doc.Json;
import org.marsad.store.SearchRequest;
import org.marsad.store.Store;
import org.marsad.store.StoreReader;

/**
 * The job loading what it analysed into a store: an OpenSearch index, each partition loaded by
 * its task, and an archive folder, loaded by the driver. The store holds each record of the JSONL
 * output once, as it is there, also when tasks fail and are tried again.
 */
class StoreLoadTest {

  private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

  @TempDir
  static Path work;
  /** The JSONL records of the run that also loaded the stores, by article id. */
  static Map<String, Article> written;

  @BeforeAll
  static void analyzeIntoJsonl() throws IOException {
    written = new TreeMap<>();
    Path jsonl = work.resolve("jsonl");
    new BatchAnalysis(LocalSpark.session(), 3, BatchAnalysis.STANDARD)
        .run(List.of(SAMPLES.toString()), new BatchAnalysis.Output(jsonl.toString(), null, work.resolve("lucene").toString(), false));
    for (String line : BatchAnalysisTest.jsonlLines(jsonl)) {
      Article a = Json.MAPPER.readValue(line, Article.class);
      written.put(a.id(), a);
    }
  }

  @Test
  void anArchiveFolderHoldsEveryRecordOnce() throws IOException {
    assertThat(written).hasSizeGreaterThan(12);
    assertHoldsTheRecords(work.resolve("lucene").toString());
  }

  @Test
  void anOpenSearchIndexLoadedByTheTasksHoldsEveryRecordOnce() throws IOException {
    String index = OpenSearchNode.url() + "/spark-load";
    new BatchAnalysis(LocalSpark.session(), 3, BatchAnalysis.STANDARD)
        .run(List.of(SAMPLES.toString()), new BatchAnalysis.Output(null, null, index, false));
    assertHoldsTheRecords(index);
  }

  /** Tasks that fail on their first try, half-way through loading their partition. */
  static final Map<Long, Integer> SEEN = new ConcurrentHashMap<>();
  static final Map<Integer, Boolean> FAILED = new ConcurrentHashMap<>();

  @Test
  void aLoadingTaskTriedAgainAddsNothingTwice() throws IOException {
    String index = OpenSearchNode.url() + "/spark-retried";
    BatchAnalysis.Analysis flaky = article -> {
      TaskContext task = TaskContext.get();
      if (task.attemptNumber() == 0 && SEEN.merge(task.taskAttemptId(), 1, Integer::sum) > 2) {
        FAILED.put(task.partitionId(), true);
        throw new BatchAnalysisTest.LostExecutor("first try of partition " + task.partitionId() + " lost");
      }
      return BatchAnalysis.STANDARD.analyze(article);
    };
    new BatchAnalysis(LocalSpark.session(), 3, flaky).run(List.of(SAMPLES.toString()),
        new BatchAnalysis.Output(null, null, index, false));
    assertThat(FAILED).as("some tasks failed once").isNotEmpty();
    assertHoldsTheRecords(index);
  }

  private static void assertHoldsTheRecords(String where) throws IOException {
    try (StoreReader r = Store.at(where).openReader()) {
      r.refresh();
      assertThat(r.size()).isEqualTo(written.size());
      List<String> ids = new ArrayList<>();
      for (Article a : r.all(SearchRequest.of(""))) {
        ids.add(a.id());
      }
      assertThat(ids).containsExactlyInAnyOrderElementsOf(written.keySet());
      for (Article a : written.values()) {
        Article stored = r.article(a.id()).orElseThrow();
        assertThat(Json.MAPPER.writeValueAsString(stored)).as("article %s", a.id())
            .isEqualTo(Json.MAPPER.writeValueAsString(a));
      }
    }
  }
}
