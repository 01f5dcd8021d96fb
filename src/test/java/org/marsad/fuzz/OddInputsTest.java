package org.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.doc.Article;
import org.marsad.pipeline.Pipeline;

/**
 * Inputs that once lost their article, read and analysed as {@code marsad analyze} does, on
 * the fuzzer's small stack ({@link FuzzTarget}): each comes back as a record that keeps the
 * {@link Invariants}.
 */
class OddInputsTest {

  private static final FuzzTarget TARGET = new FuzzTarget(Pipeline.standard());

  private static Article onlyArticle(String name, String content) {
    FuzzTarget.Outcome o = TARGET.run(name, content.getBytes(StandardCharsets.UTF_8));
    assertThat(o.problems()).isEmpty();
    assertThat(o.articles()).hasSize(1);
    return o.articles().get(0);
  }

  @Test
  void aWireFlashOfOneLineIsItsOwnText() {
    String flash = "عاجل: انهيار جسر للمشاة فوق نهر في وسط المدينة وإصابة عشرة أشخاص";
    Article a = onlyArticle("flash.jsonl", "{\"text\":\"" + flash + "\"}\n");
    assertThat(a.text()).isEqualTo(flash);
    assertThat(a.warnings()).noneMatch(w -> w.contains("no article text"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202E", "\u2066", "\u2067", "\u202B"})
  void aShortTextInBidiControlsIsKept(String control) {
    String news = "وصل وزير الخارجية إلى العاصمة";
    Article a = onlyArticle("short.txt", control + news + (control.equals("\u202B") ? "\u202C" : "\u2069"));
    assertThat(a.text()).isEqualTo(news);
  }

  @Test
  void twoMillionLettersWithoutASpaceAreCutNotLost() {
    Article a = onlyArticle("run.txt", "ب".repeat(2_000_000));
    assertThat(a.text()).hasSize(100_000);
    assertThat(a.warnings()).anyMatch(w -> w.contains("text cut to its first 100000 characters of 2000000"));
  }

  @Test
  void everyLayerReadsTwoMillionLettersWithoutASpaceWhenTheLimitAllowsThem() {
    FuzzTarget.Outcome o = new FuzzTarget(Pipeline.standard(3_000_000)).run("run.txt",
        ("قال الوزير إن " + "ب".repeat(2_000_000) + " في ١٢ تموز ٢٠١٩.").getBytes(StandardCharsets.UTF_8));
    assertThat(o.articles()).singleElement().satisfies(a -> assertThat(a.text()).hasSizeGreaterThan(2_000_000));
  }

  @Test
  void aJsonlTextOfAMillionCharactersIsAnArticle() {
    String text = "ا".repeat(1_000_000);
    Article a = onlyArticle("long.jsonl", "{\"title\":\"خبر طويل\",\"text\":\"" + text + "\"}\n");
    assertThat(a.text()).hasSize(100_000);
  }

  @Test
  void aMillionCharactersOfOddRunsPassEveryLayer() {
    String runs = "«".repeat(200_000) + "\n" + "1".repeat(200_000) + " " + ".".repeat(200_000) + "\n"
        + "(رويترز) ".repeat(20_000) + "\n" + "عام 2019 و".repeat(20_000);
    FuzzTarget.Outcome o = new FuzzTarget(Pipeline.standard(2_000_000)).run("runs.txt",
        runs.getBytes(StandardCharsets.UTF_8), new FuzzTarget.Plain(runs, null, 0));
    assertThat(o.articles()).hasSize(1);
  }
}
