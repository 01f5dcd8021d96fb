package org.marsad;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole pipeline on the five real seed articles, scored by the project's own scorer
 * ({@code ../shared/eval/score.py}), layer by layer against the bars the issues set. Skips
 * when {@code ../shared} or python3 is missing (fails under CI when ../shared is missing).
 */
class SeedScoreTest {

  private static JsonNode summary;

  @BeforeAll
  static void scoreTheSeeds(@TempDir Path dir) throws IOException, InterruptedException {
    summary = Scoring.summary(SharedData.seeds(), SharedData.gold(), dir);
  }

  @ParameterizedTest(name = "{0} >= {1}")
  @CsvSource({
      "title, 1.0", "published, 1.0", "dateline, 1.0", "credits, 1.0",
      "timexes, 0.9", "entities, 0.98", "entity_type, 0.98", "entity_link, 0.98",
      "quotes, 0.9", "quote_speaker, 0.9", "events, 0.75",
  })
  void layerMeetsItsBar(String layer, double bar) {
    Scoring.assertMeetsBar(summary, layer, bar);
  }
}
