package org.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzzer's corpus leaves out the sets read by their figures only. */
class CorpusTest {

  @Test
  void setsReadByFiguresOnlyAreLeftOut(@TempDir Path tmp) throws IOException {
    Path samples = tmp.resolve("samples");
    write(samples.resolve("open/01.txt"), "مقال مفتوح");
    write(samples.resolve("open/02.html"), "<p>صفحة مفتوحة</p>");
    write(samples.resolve("closed/01.txt"), "مقال مغلق");
    write(samples.resolve("closed/02.html"), "<p>صفحة مغلقة</p>");
    Path list = tmp.resolve("figures-only.tsv");
    write(list, "# read by figures only\nclosed\n");
    Corpus c = Corpus.load(samples, samples.resolve("no-seeds"), list);
    assertThat(c.texts()).containsExactly("مقال مفتوح");
    assertThat(c.pages()).containsExactly("<p>صفحة مفتوحة</p>");
  }

  @Test
  void withoutTheListEveryArticleIsTaken(@TempDir Path samples) throws IOException {
    write(samples.resolve("a/01.txt"), "مقال");
    write(samples.resolve("b/02.html"), "<p>صفحة</p>");
    write(samples.resolve("b/03.txt"), "مقال آخر");
    assertThat(Corpus.load(samples, samples.resolve("no-seeds"), samples.resolve("no-list.tsv")).texts()).containsExactlyInAnyOrder("مقال", "مقال آخر");
  }

  private static void write(Path f, String content) throws IOException {
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
  }
}
