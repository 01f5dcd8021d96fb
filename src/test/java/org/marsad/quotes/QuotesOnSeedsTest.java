package org.marsad.quotes;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.SharedData;
import org.marsad.cli.Json;
import org.marsad.doc.Article;
import org.marsad.doc.Quote;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.ArabicNormalizer;

/**
 * The quotations of the real seed articles, through the whole pipeline, against the gold:
 * the project's scorer for who said what, and the gold's quoted terms never taken for speech.
 */
class QuotesOnSeedsTest {

  private static final List<Article> articles = new ArrayList<>();
  private static JsonNode scores;

  @BeforeAll
  static void analyseTheSeeds(@TempDir Path dir) throws IOException, InterruptedException {
    Pipeline pipeline = Pipeline.standard();
    List<String> lines = new ArrayList<>();
    for (Path f : ArticleReader.files(SharedData.seeds())) {
      new ArticleReader().read(f, new ArticleSink() {
        @Override
        public void article(RawArticle a) {
          Article article = pipeline.analyze(a);
          articles.add(article);
          try {
            lines.add(Json.MAPPER.writeValueAsString(article));
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
    Path records = dir.resolve("seeds.jsonl");
    Files.write(records, lines, StandardCharsets.UTF_8);
    Process p;
    try {
      p = new ProcessBuilder("python3", SharedData.root().resolve("eval/score.py").toString(),
          SharedData.gold().toString(), records.toString(), "--json").redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 is not installed: the seed scores are not checked");
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    scores = Json.MAPPER.readTree(out);
  }

  @Test
  void quotationsAndTheirSpeakersMeetTheBar() {
    assertThat(scores.get("quotes").get("f1").asDouble()).as("quotes %s", scores.get("quotes")).isGreaterThanOrEqualTo(0.9);
    assertThat(scores.get("quote_speaker").get("accuracy").asDouble()).as("quote_speaker %s", scores.get("quote_speaker"))
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void noQuotedTermOfTheGoldIsTakenForSpeech() throws IOException {
    JsonNode docs = Json.MAPPER.readTree(SharedData.gold().toFile()).get("docs");
    List<String> terms = new ArrayList<>();
    docs.forEach(d -> d.path("not_quotes").forEach(t -> terms.add(key(t.asText()))));
    assertThat(terms).isNotEmpty();
    for (Article a : articles) {
      for (Quote q : a.quotes()) {
        assertThat(terms).as("%s: %s", a.source(), q.text()).doesNotContain(key(q.text()));
      }
    }
  }

  private static String key(String s) {
    return ArabicNormalizer.normalize(s).replaceAll("[\\p{Punct}«»“”‘’\\s]+", " ").strip();
  }
}
