package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.doc.Json;
import org.marsad.doc.Article;
import org.marsad.doc.Quote;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.ArabicNormalizer;

/**
 * The quoted names and terms the gold lists for the real seed articles are never taken for
 * speech (who said what is scored with the other layers in {@code ScoreBarsTest}).
 */
class QuotesOnSeedsTest {

  private static final List<Article> articles = new ArrayList<>();

  @BeforeAll
  static void analyseTheSeeds() throws IOException {
    Pipeline pipeline = Pipeline.standard();
    for (Path f : ArticleReader.files(SharedData.seeds())) {
      new ArticleReader().read(f, new ArticleSink() {
        @Override
        public void article(RawArticle a) {
          articles.add(pipeline.analyze(a));
        }

        @Override
        public void problem(String where, String what) {
          throw new AssertionError(where + ": " + what);
        }

        @Override
        public void note(String where, String what) {}
      });
    }
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
