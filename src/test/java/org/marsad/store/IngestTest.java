package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.SharedData;
import org.marsad.doc.Article;

/** {@code marsad ingest} end to end: samples, bad input, a run killed midway, the real seeds. */
class IngestTest {

  @TempDir
  Path tmp;


  /** The four README samples at the top of samples/; samples/heldout/ is the scored test set, not theirs. */
  private static String[] ingestTheSamples(Path index) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("ingest"));
    try (var files = Files.list(Path.of("samples"))) {
      files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted()
          .map(Path::toString).forEach(args::add);
    }
    args.addAll(List.of("--index", index.toString()));
    return args.toArray(String[]::new);
  }

  @Test
  void theSamplesGoInOnceAndAreFoundByTheirWords() throws IOException {
    Path index = tmp.resolve("index");
    Cli.Run first = Cli.run(ingestTheSamples(index));
    assertThat(first.status()).as(first.stderr()).isEqualTo(0);
    assertThat(first.stderr()).contains("4 stored, 0 unchanged, 0 skipped");

    Cli.Run again = Cli.run(ingestTheSamples(index));
    assertThat(again.stderr()).contains("0 stored, 4 unchanged, 0 skipped").contains("holds 4");

    try (StoreReader s = Store.at(index.toString()).openReader()) {
      assertThat(s.size()).isEqualTo(4);
      // 04-moscow-talks.txt writes "بالروبل"; 03-tunis-olive.txt is windows-1256 and speaks of olive oil
      assertThat(s.search(SearchRequest.of("الروبل")).items()).extracting(h -> h.article().source())
          .containsExactly(Path.of("samples", "04-moscow-talks.txt").toString());
      assertThat(s.search(SearchRequest.of("الزيتون")).items()).extracting(h -> h.article().source())
          .containsExactly(Path.of("samples", "03-tunis-olive.txt").toString());
      assertThat(s.all(SearchRequest.of("").and(Dimension.OUTLET, "سبوتنيك"))).extracting(Article::source)
          .containsExactly(Path.of("samples", "04-moscow-talks.txt").toString());
    }

    Cli.Run search = Cli.run("search", "الروبل", "--index", index.toString());
    assertThat(search.stdout()).startsWith("1. 2024-10-14  سبوتنيك  موسكو وأنقرة تبحثان توسيع التبادل التجاري بالعملات المحلية")
        .contains("[بالروبل]").contains("04-moscow-talks.txt");
    Cli.Run stats = Cli.run("stats", "--index", index.toString());
    assertThat(stats.stdout()).contains("articles:   4").contains("years:");
    Cli.Run csv = Cli.run("export", "--format", "csv", "--outlet", "سبوتنيك", "--index", index.toString());
    assertThat(csv.stdout().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", Export.CSV_COLUMNS));
    assertThat(csv.stderr()).contains("export: 1 articles as csv");
  }

  @Test
  void aMissingArchiveIsSaidInOneLine() {
    Cli.Run r = Cli.run("search", "كلمة", "--index", tmp.resolve("nothing").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.stderr()).contains("no archive here").doesNotContain("Exception");
  }

  @Test
  void badInputIsReportedAndSkippedAndTheRestIsStored() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "أعلنت بلدية الإسكندرية تجديد الكورنيش قبل الصيف.\n");
    Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
    Files.writeString(in.resolve("feed.jsonl"), "{\"text\": \"وصلت أول شحنة من القمح إلى ميناء العقبة.\", \"url\": \"https://x.example/1\"}\n"
        + "this line is not JSON\n");
    Path index = tmp.resolve("index");
    Cli.Run r = Cli.run("ingest", in.toString(), in.resolve("missing.txt").toString(), "--index", index.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.stderr()).contains("broken.txt").contains("feed.jsonl:2").contains("missing.txt: no such file")
        .contains("2 stored, 0 unchanged, 3 skipped");
    try (StoreReader s = Store.at(index.toString()).openReader()) {
      assertThat(s.size()).isEqualTo(2);
      assertThat(s.all(SearchRequest.of("القمح"))).hasSize(1);
    }
  }

  @Test
  void aRunKilledMidwayKeepsWhatItCommittedAndTheNextRunCompletesIt() throws Exception {
    int articles = 200;
    Path corpus = tmp.resolve("corpus.jsonl");
    new SampleCorpus(3).writeJsonl(corpus, articles);
    Path index = tmp.resolve("index");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "org.marsad.cli.Main", "ingest", corpus.toString(), "--index", index.toString(), "--commit-every", "20",
        "--verbose").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Pattern committed = Pattern.compile("ingest: committed (\\d+) articles");
    AtomicInteger last = new AtomicInteger(-1);
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        Matcher m = committed.matcher(line);
        if (m.find() && Integer.parseInt(m.group(1)) >= 40) {
          last.set(Integer.parseInt(m.group(1)));
          child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit on close
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(last.get()).as("the child committed at least twice before it was killed").isGreaterThanOrEqualTo(40);

    try (StoreReader s = Store.at(index.toString()).openReader()) {
      assertThat(s.size()).isGreaterThanOrEqualTo(last.get());
    }
    Cli.Run second = Cli.run("ingest", corpus.toString(), "--index", index.toString());
    assertThat(second.status()).as(second.stderr()).isEqualTo(0);
    assertThat(second.stderr()).contains("holds " + articles);
    Matcher m = Pattern.compile("(\\d+) stored, (\\d+) unchanged").matcher(second.stderr());
    assertThat(m.find()).isTrue();
    assertThat(Integer.parseInt(m.group(2))).as("already committed, not analysed again").isGreaterThanOrEqualTo(last.get());
    try (StoreReader s = Store.at(index.toString()).openReader()) {
      assertThat(s.size()).isEqualTo(articles);
    }
  }

  @Test
  void theRealSeedsAreFoundByNameAndPlace() throws IOException {
    Path seeds = SharedData.seeds();
    Path index = tmp.resolve("index");
    Cli.Run r = Cli.run("ingest", seeds.toString(), "--index", index.toString());
    assertThat(r.status()).as(r.stderr()).isEqualTo(0);
    try (StoreReader s = Store.at(index.toString()).openReader()) {
      assertThat(s.size()).isEqualTo(5);
      // read in the seeds: the Kuril Islands come up in the RT and Al Jazeera pieces on Russia and Japan
      assertThat(names(s.all(SearchRequest.of("كوريل")))).containsExactly("000_ebfce7400b6e4173.txt",
          "001_04200ad211698d94.txt");
      assertThat(names(s.all(SearchRequest.of("\"جزر الكوريل\"")))).hasSize(2);
      // Lavrov is named in all five; one of them also writes "ولافروف", and either spelling finds all
      assertThat(names(s.all(SearchRequest.of("لافروف")))).hasSize(5);
      assertThat(names(s.all(SearchRequest.of("ولافروف")))).hasSize(5);
      assertThat(s.stats(5).outlets()).extracting(Count::label).contains("RT");
    }
  }

  private static List<String> names(List<Article> found) {
    return found.stream().map(a -> Path.of(a.source()).getFileName().toString()).sorted().toList();
  }
}
