package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code marsad analyze} run in-process, as a user runs it: a folder of good and bad files,
 * usage errors, {@code --out}, standard input, {@code --format pretty}. The article is one of
 * the project's own invented samples.
 */
class AnalyzeCommandTest {

  private static final Path SAMPLE = Path.of("samples/04-moscow-talks.txt");
  private static final String SAMPLE_HEADLINE = "موسكو وأنقرة تبحثان توسيع التبادل التجاري بالعملات المحلية";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** What a run printed and returned. */
  record Run(int status, String out, String err) {

    List<String> errLines() {
      return err.isBlank() ? List.of() : Arrays.asList(err.strip().split("\\R"));
    }

    List<JsonNode> records() throws IOException {
      List<JsonNode> r = new ArrayList<>();
      for (String line : out.split("\\R")) {
        if (!line.isBlank()) {
          r.add(JSON.readTree(line));
        }
      }
      return r;
    }
  }

  private static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        return cls == AnalyzeCommand.class ? cls.cast(new AnalyzeCommand(stdin, out, errStream))
            : CommandLine.defaultFactory().create(cls);
      }
    });
    cl.setOut(writer(out));
    cl.setErr(writer(err));
    int status = cl.execute(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
  }

  @Test
  void aFolderOfGoodAndBadFiles() throws IOException {
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.write(in.resolve("a-windows-1256.txt"), sample.getBytes(Charset.forName("windows-1256")));
    Files.write(in.resolve("b-bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        sample.getBytes(StandardCharsets.UTF_8)));
    Files.write(in.resolve("c-empty.txt"), new byte[0]);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(in.resolve("d-noise.dat"), noise);
    Files.writeString(in.resolve("e-broken.html"), "<html><head><title></title><<div class=\"<p <p>>\n</di");
    Files.writeString(in.resolve("f-dump.jsonl"), "{\"title\":\"" + SAMPLE_HEADLINE + "\",\"text\":"
        + JSON.writeValueAsString(sample) + "}\n{\"text\": \"نص بلا نهاية\n");
    writeBig(in.resolve("g-big.txt"), 50L * 1024 * 1024);

    Run r = run("analyze", in.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).hasSize(5);
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("c-empty.txt").contains("empty file"));
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("d-noise.dat").contains("binary data"));
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("e-broken.html").contains("no article text"));
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("f-dump.jsonl:2").contains("not JSON"));
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("g-big.txt").contains("only the first"));

    List<JsonNode> records = r.records();
    assertThat(records).extracting(n -> n.get("source").asText())
        .allSatisfy(s -> assertThat(s).matches(".*(a-windows-1256|b-bom|g-big)\\.txt|.*f-dump\\.jsonl#1"));
    assertThat(records).hasSize(4);
    JsonNode win = records.get(0);
    JsonNode bom = records.get(1);
    assertThat(win.get("title").asText()).isEqualTo(SAMPLE_HEADLINE);
    assertThat(bom.get("title").asText()).isEqualTo(SAMPLE_HEADLINE);
    assertThat(win.get("id")).isEqualTo(bom.get("id"));
    assertThat(win.get("text")).isEqualTo(bom.get("text"));
    assertThat(win.get("published").asText()).isEqualTo("2024-10-14T10:05Z");
    assertThat(records.get(2).get("id")).isEqualTo(win.get("id"));
    assertThat(records.get(3).get("warnings").toString()).contains("only the first");
  }

  @Test
  void everyInputReadIsExitZero() {
    Run r = run("analyze", SAMPLE.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(SAMPLE_HEADLINE);
  }

  @Test
  void aMissingFileIsAProblemNotAUsageError() {
    Run r = run("analyze", SAMPLE.toString(), dir.resolve("nowhere.txt").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().contains("nowhere.txt").contains("no such file");
  }

  @Test
  void usageErrorsAreExitTwo() {
    assertThat(run("analyze").status()).isEqualTo(2);
    assertThat(run("analyze", "--format", "xml", SAMPLE.toString()).status()).isEqualTo(2);
    assertThat(run("analyze", "--threads", "0", SAMPLE.toString()).status()).isEqualTo(2);
    assertThat(run("analyze", "--max-chars", "0", SAMPLE.toString()).status()).isEqualTo(2);
    assertThat(run("analyze", "--no-such-option", SAMPLE.toString()).status()).isEqualTo(2);
    assertThat(run("analyze", "--out", dir.resolve("missing/r.jsonl").toString(), SAMPLE.toString()).status())
        .isEqualTo(2);
    assertThat(run("no-such-command").status()).isEqualTo(2);
    assertThat(run().status()).isEqualTo(2);
  }

  @Test
  void theUsageErrorSaysWhatIsWrong() {
    Run r = run("analyze", "--format", "xml", SAMPLE.toString());
    assertThat(r.err()).contains("unknown format 'xml'").contains("jsonl").contains("pretty");
  }

  @Test
  void outIsReplacedOnlyWhenTheRunEnds() throws IOException {
    Path out = dir.resolve("records.jsonl");
    Files.writeString(out, "earlier records\n");

    assertThat(run("analyze", "--format", "xml", "--out", out.toString(), SAMPLE.toString()).status()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("earlier records\n");

    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Run nothing = run("analyze", "--out", out.toString(), dir.resolve("empty.txt").toString());
    assertThat(nothing.status()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("earlier records\n");

    Run r = run("analyze", "--out", out.toString(), SAMPLE.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("{").contains(SAMPLE_HEADLINE);
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("records.jsonl", "empty.txt");
    }
  }

  @Test
  void jsonlOnStandardInput() throws IOException {
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    String lines = "{\"text\":" + JSON.writeValueAsString(sample) + ",\"url\":\"https://example.org/1\"}\n"
        + "not json\n";
    Run r = run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "analyze", "-");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.records()).singleElement().satisfies(n -> {
      assertThat(n.get("title").asText()).isEqualTo(SAMPLE_HEADLINE);
      assertThat(n.get("source").asText()).isEqualTo("https://example.org/1");
    });
    assertThat(r.errLines()).singleElement().asString().startsWith("-:2: not JSON");
  }

  @Test
  void prettyFormatShowsTheArticleToAPerson() {
    Run r = run("analyze", "--format", "pretty", SAMPLE.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains(SAMPLE_HEADLINE).contains("published: 2024-10-14T10:05Z")
        .contains("credits:   سبوتنيك").contains("dateline:  موسكو").doesNotContain("انسخ الرابط");
  }

  @Test
  void maxCharsSetsTheTextLimit() throws IOException {
    Path big = dir.resolve("long.txt");
    Files.writeString(big, "وقال المتحدث إن أعمال الصيانة ستستمر في جميع الأحياء حتى نهاية الشهر المقبل.\n\n".repeat(2000));
    JsonNode cut = run("analyze", big.toString()).records().get(0);
    assertThat(cut.get("text").asText()).hasSize(100_000);
    assertThat(cut.get("warnings").toString()).contains("text cut to its first 100000 characters");

    JsonNode whole = run("analyze", "--max-chars", "1000000", big.toString()).records().get(0);
    assertThat(whole.get("text").asText()).hasSizeGreaterThan(100_000);
    assertThat(whole.get("warnings").toString()).doesNotContain("text cut");
  }

  @Test
  void version() {
    Run r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("marsad ");
  }

  /** A text file of {@code size} bytes of Arabic paragraphs, written in blocks. */
  private static void writeBig(Path file, long size) throws IOException {
    byte[] paragraph = ("وقال المتحدث باسم البلدية إن أعمال الصيانة ستستمر في جميع الأحياء حتى نهاية الشهر"
        + " المقبل.\n\n").getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[(1 << 20) / paragraph.length * paragraph.length]; // whole paragraphs: valid UTF-8
    for (int i = 0; i < block.length; i++) {
      block[i] = paragraph[i % paragraph.length];
    }
    try (OutputStream o = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += block.length) {
        o.write(block);
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
