package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.AnalyzeCommand;
import org.marsad.doc.Article;
import org.marsad.doc.Json;
import org.marsad.ingest.ArticleReader;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

/**
 * The Spark job on local[2] against {@code marsad analyze} on the same folder: the project's
 * sample articles (with their README and gold files, which neither reads), a JSONL file (a line
 * without a URL, one with HTML and a URL, a line that is not JSON, a blank line), a hidden file
 * and a second copy of one article under another name.
 */
class BatchAnalysisTest {

  private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

  @TempDir
  static Path work;
  static Path in;
  /** What marsad analyze writes for the folder, by article id; of two copies, the first source's. */
  static Map<String, String> expected;
  static int analyzeRecords;
  static BatchAnalysis.Summary summary;

  @BeforeAll
  static void analyzeBothWays() throws IOException {
    in = work.resolve("in");
    copyTree(SAMPLES, in, p -> !p.startsWith(SAMPLES.resolve("heldout")));
    Files.copy(SAMPLES.resolve("01-cairo-sudan.txt"), in.resolve("00-copy.txt"));
    Files.writeString(in.resolve(".draft.txt"), "مسودة لم تكتمل بعد، لا تقرأ.");
    ObjectNode bare = Json.MAPPER.createObjectNode().put("text",
        Files.readString(SAMPLES.resolve("heldout/01-beijing-riyadh.txt")));
    ObjectNode page = Json.MAPPER.createObjectNode().put("url", "https://news.example/tehran")
        .put("outlet", "RT").put("html", Files.readString(SAMPLES.resolve("heldout/03-tehran-iaea.html")));
    Files.writeString(in.resolve("dump.jsonl"), Json.MAPPER.writeValueAsString(bare) + "\n"
        + "{not json\n\n" + Json.MAPPER.writeValueAsString(page) + "\n");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = new CommandLine(new AnalyzeCommand(new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).execute(in.toString());
    assertThat(status).as("marsad analyze skips the line that is not JSON").isEqualTo(1);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    analyzeRecords = lines.size();
    expected = new TreeMap<>();
    for (String line : lines) {
      JsonNode r = Json.MAPPER.readTree(line);
      expected.merge(r.get("id").asText(), line,
          (a, b) -> source(a).compareTo(source(b)) <= 0 ? a : b);
    }

    summary = new BatchAnalysis(LocalSpark.session(), 3, BatchAnalysis.STANDARD).run(List.of(in.toString()),
        new BatchAnalysis.Output(work.resolve("out/jsonl").toString(), work.resolve("out/parquet").toString(), false));
  }

  @Test
  void theJsonlRecordsAreMarsadAnalyzesLineForLine() throws IOException {
    List<String> records = jsonlLines(work.resolve("out/jsonl"));
    assertThat(expected).hasSizeGreaterThan(12);
    assertThat(records).as("one record per article id").hasSize(expected.size());
    for (String r : records) {
      String id = Json.MAPPER.readTree(r).get("id").asText();
      assertThat(r).as("record %s", id).isEqualTo(expected.get(id));
    }
  }

  @Test
  void sourcesAreNamedAsMarsadAnalyzeNamesThem() {
    assertThat(expected.values()).extracting(BatchAnalysisTest::source)
        .contains(in.resolve("dump.jsonl") + "#1", "https://news.example/tehran",
            in.resolve("02-amman-water.html").toString(), in.resolve("00-copy.txt").toString())
        .as("of two copies, the first source's is kept").doesNotContain(in.resolve("01-cairo-sudan.txt").toString());
  }

  @Test
  void theParquetRecordsHoldTheSameJson() throws IOException {
    List<Row> rows = LocalSpark.session().read().parquet(work.resolve("out/parquet").toString()).collectAsList();
    assertThat(rows).hasSize(expected.size());
    // Spark reads every Parquet column back as nullable
    assertThat(rows.get(0).schema().catalogString()).isEqualTo(RecordSchema.of(Json.MAPPER, Article.class).catalogString());
    for (Row row : rows) {
      JsonNode got = withoutNulls(Json.MAPPER.readTree(row.json()));
      String id = got.get("id").asText();
      assertThat(got).as("record %s", id).isEqualTo(withoutNulls(Json.MAPPER.readTree(expected.get(id))));
    }
  }

  @Test
  void theSummaryCountsWhatWasReadSkippedAndDropped() throws IOException {
    assertThat(summary.files()).as("the files marsad analyze reads in the folder").isEqualTo(ArticleReader.files(in).size())
        .isGreaterThan(12);
    assertThat(summary.read()).isEqualTo(analyzeRecords);
    assertThat(summary.skipped()).as("the line that is not JSON").isEqualTo(1);
    assertThat(summary.duplicates()).isEqualTo(analyzeRecords - expected.size()).isEqualTo(1);
    assertThat(summary.records()).isEqualTo(expected.size());
  }

  @Test
  void filesOnAnotherFileSystemAreReadFromACopyAndNamedByTheirUri() throws IOException {
    LocalSpark.session().sparkContext().hadoopConfiguration()
        .set("fs." + ElsewhereFileSystem.SCHEME + ".impl", ElsewhereFileSystem.class.getName());
    String html = ElsewhereFileSystem.SCHEME + ":" + in.resolve("02-amman-water.html");
    String jsonl = ElsewhereFileSystem.SCHEME + ":" + in.resolve("dump.jsonl");
    Path out = work.resolve("elsewhere");
    new BatchAnalysis(LocalSpark.session(), 2, BatchAnalysis.STANDARD)
        .run(List.of(html, jsonl), new BatchAnalysis.Output(out.toString(), null, false));

    List<String> records = jsonlLines(out);
    assertThat(records).extracting(BatchAnalysisTest::source)
        .containsExactlyInAnyOrder(html, jsonl + "#1", "https://news.example/tehran");
    for (String r : records) {
      ObjectNode got = (ObjectNode) Json.MAPPER.readTree(r);
      ObjectNode local = (ObjectNode) Json.MAPPER.readTree(expected.get(got.get("id").asText()));
      local.put("source", got.get("source").asText());
      assertThat(got).as("record from %s", got.get("source")).isEqualTo(local);
    }
  }

  @Test
  void aWarcFileGivesTheRecordsMarsadAnalyzeGivesIt() throws IOException {
    Path warc = work.resolve("warc/crawl.warc.gz");
    Files.createDirectories(warc.getParent());
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      for (String page : List.of("02-amman-water.html", "heldout/03-tehran-iaea.html")) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), Files.readAllBytes(SAMPLES.resolve(page))).build();
        w.write(new WarcResponse.Builder(URI.create("https://news.example/" + page)).date(Instant.parse("2026-01-12T08:00:00Z"))
            .body(http).build());
      }
    }
    ByteArrayOutputStream analyzed = new ByteArrayOutputStream();
    new CommandLine(new AnalyzeCommand(new ByteArrayInputStream(new byte[0]), analyzed,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).execute(warc.toString());
    List<String> expectedLines = analyzed.toString(StandardCharsets.UTF_8).lines().toList();

    Path out = work.resolve("warc-out");
    new BatchAnalysis(LocalSpark.session(), 2, BatchAnalysis.STANDARD)
        .run(List.of(warc.toString()), new BatchAnalysis.Output(out.toString(), null, false));
    assertThat(expectedLines).hasSize(2);
    assertThat(jsonlLines(out)).containsExactlyInAnyOrderElementsOf(expectedLines);
  }

  /** Tasks that fail on their first try, after one article, as if their executor were lost. */
  static final Map<Long, Integer> SEEN = new ConcurrentHashMap<>();
  static final Map<Integer, Boolean> FAILED = new ConcurrentHashMap<>();

  static final class LostExecutor extends Error {
    LostExecutor(String m) {
      super(m);
    }
  }

  @Test
  void aTaskThatFailsAndIsTriedAgainLeavesNoDuplicate() throws IOException {
    BatchAnalysis.Analysis flaky = article -> {
      TaskContext task = TaskContext.get();
      if (task.attemptNumber() == 0 && SEEN.merge(task.taskAttemptId(), 1, Integer::sum) > 1) {
        FAILED.put(task.partitionId(), true);
        throw new LostExecutor("first try of partition " + task.partitionId() + " lost");
      }
      return BatchAnalysis.STANDARD.analyze(article);
    };
    Path out = work.resolve("retried");
    BatchAnalysis.Summary s = new BatchAnalysis(LocalSpark.session(), 3, flaky)
        .run(List.of(in.toString()), new BatchAnalysis.Output(out.toString(), null, false));

    assertThat(FAILED).as("some tasks failed once").isNotEmpty();
    List<String> records = jsonlLines(out);
    assertThat(records).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected.values());
    assertThat(s.records()).isEqualTo(expected.size());
  }

  @Test
  void anOutputThatExistsStopsTheJobBeforeAnyWork() {
    Path fresh = work.resolve("fresh");
    Path old = work.resolve("out/parquet");
    assertThatThrownBy(() -> new BatchAnalysis(LocalSpark.session(), 2, BatchAnalysis.STANDARD)
        .run(List.of(SAMPLES.resolve("01-cairo-sudan.txt").toString()),
            new BatchAnalysis.Output(fresh.toString(), old.toString(), false)))
        .hasMessage(old + " exists; give another folder, or overwrite it");
    assertThat(fresh).doesNotExist();
  }

  static List<String> jsonlLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static String source(String recordJson) {
    try {
      return Json.MAPPER.readTree(recordJson).get("source").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Spark writes no field for a null; marsad analyze writes {@code "title": null}. */
  private static JsonNode withoutNulls(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      n.properties().forEach(e -> {
        if (!e.getValue().isNull()) {
          o.set(e.getKey(), withoutNulls(e.getValue()));
        }
      });
      return o;
    }
    if (n.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode a = Json.MAPPER.createArrayNode();
      n.forEach(x -> a.add(withoutNulls(x)));
      return a;
    }
    return n;
  }

  private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> take) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.filter(take).sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
