package org.marsad;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole pipeline on the held-out set ({@code samples/heldout}: ten invented articles that no
 * rule was written from, with hand-made gold beside them), scored by {@code ../shared/eval/score.py}.
 * The bars sit a little below the measured figures, so that a regression fails the build while
 * the layers' own engineers raise them. Skips when {@code ../shared} or python3 is missing.
 */
class HeldoutScoreTest {

  private static final Path HELDOUT = Path.of("samples", "heldout");

  private static JsonNode summary;

  @BeforeAll
  static void scoreTheHeldoutSet(@TempDir Path dir) throws IOException, InterruptedException {
    summary = Scoring.summary(HELDOUT, HELDOUT.resolve("gold.json"), dir);
  }

  // Measured 2026-11-23 on main eadc254 merged into heldout: title 1.000, published 1.000,
  // dateline 0.800, credits F1 0.960, timexes F1 0.953, entities F1 0.941, entity_type 0.994,
  // entity_link 0.949, quotes F1 0.936, quote_speaker 0.549, events F1 0.436.
  // Re-measured 2026-11-23 on main d71bd73: events F1 0.496 (bar raised to 0.45), quotes F1 0.926,
  // quote_speaker 0.560; title fell to 0.900 (04: a headline holding بـ"..." became a dateline),
  // a regression this test reports, so its bar stays.
  // Entities re-measured 2026-11-23 on entities2 (main d535987 merged): entities F1 0.984,
  // entity_type 1.000, entity_link 1.000; bars at the measured figures minus 0.02. The six
  // false positives left come from an "اقرأ أيضا" list inside 07's body (page furniture).
  // Events re-measured 2026-11-23 on the events branch: F1 0.584 (P 0.868, R 0.440): bar 0.55.
  // Events re-measured 2026-11-23 on events2 (events merged): F1 0.711 (P 0.935, R 0.573): bar 0.68.
  // Quotations re-measured 2026-11-23 on quotes2 (quotes and entities2 merged): quotes F1 0.991,
  // quote_speaker 0.946; bars at the measured figures minus 0.03.
  @ParameterizedTest(name = "{0} >= {1}")
  @CsvSource({
      "title, 0.95", "published, 0.95", "dateline, 0.75", "credits, 0.93",
      "timexes, 0.93", "entities, 0.96", "entity_type, 0.98", "entity_link, 0.98",
      "quotes, 0.961", "quote_speaker, 0.916", "events, 0.68",
  })
  void layerMeetsItsBar(String layer, double bar) {
    Scoring.assertMeetsBar(summary, layer, bar);
  }
}
