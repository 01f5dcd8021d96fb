package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.doc.Json;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

/**
 * The whole pipeline over a folder of articles, scored against a gold file by the project's own
 * scorer ({@code ../shared/eval/score.py}). Shared by the tests that hold a layer to a bar on a
 * scored set (the real seeds, the held-out set). Skips when python3 is missing; a missing
 * {@code ../shared} skips or fails as {@link SharedData} decides.
 */
final class Scoring {

  private Scoring() {}

  /** The scorer's summary ({@code --json}): per layer P/R/F1 or accuracy. */
  static JsonNode summary(Path articles, Path gold, Path workDir) throws IOException, InterruptedException {
    Path scorer = SharedData.root().resolve("eval/score.py");
    Path records = workDir.resolve(articles.getFileName() + ".jsonl");
    Files.write(records, analyze(articles), StandardCharsets.UTF_8);
    Process p;
    try {
      p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), records.toString(), "--json")
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 is not installed: the scores of " + articles + " are not checked");
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the scorer finishes within a minute").isTrue();
    assertThat(p.exitValue()).as("%s on %s and %s: %s", scorer, gold, records, out).isZero();
    return Json.MAPPER.readTree(out);
  }

  /** One JSON record a line for every article under the folder (or in the file), as {@code marsad analyze} writes them. */
  static List<String> analyze(Path articles) throws IOException {
    Pipeline pipeline = Pipeline.standard();
    ArticleReader reader = new ArticleReader();
    List<String> lines = new ArrayList<>();
    for (Path f : ArticleReader.files(articles)) {
      reader.read(f, new ArticleSink() {
        @Override
        public void article(RawArticle a) {
          try {
            lines.add(Json.MAPPER.writeValueAsString(pipeline.analyze(a)));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }

        @Override
        public void problem(String where, String what) {
          throw new AssertionError(where + ": " + what);
        }

        @Override
        public void note(String where, String what) {}
      });
    }
    assertThat(lines).as("articles read from %s", articles).isNotEmpty();
    return lines;
  }

  /** Fails, naming the layer and its whole summary line, when the layer's figure is below the bar. */
  static void assertMeetsBar(JsonNode summary, String layer, double bar) {
    JsonNode s = summary.get(layer);
    assertThat(s).as("the scorer's summary has no layer %s: %s", layer, summary).isNotNull();
    double score = s.has("f1") ? s.get("f1").asDouble() : s.get("accuracy").asDouble();
    assertThat(score).as("%s: %s", layer, s).isGreaterThanOrEqualTo(bar);
  }
}
