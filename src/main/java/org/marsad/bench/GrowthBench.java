package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.marsad.doc.Article;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One article of growing length, read from a file and analysed whole, as {@code marsad analyze}
 * does, in the shapes that break code whose cost grows faster than its input: news text, news
 * on one line, letters without a space, quotation marks that never close, a date phrase
 * repeated without a full stop, short lines. The cost must grow linearly: time per operation
 * over {@code chars} stays flat from one size to the next
 * ({@code ./marsad jmh GrowthBench}; {@code -p shape=news -p form=jsonl} for one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GrowthBench {

  @Param({"news", "one-line", "no-spaces", "open-quotes", "dates", "short-lines"})
  public String shape;

  @Param({"50000", "200000", "800000"})
  public int chars;

  @Param({"txt", "html", "jsonl"})
  public String form;

  private final ArticleReader reader = new ArticleReader();
  private final Pipeline pipeline = Pipeline.standard(1_000_000);
  private Path file;

  @Setup
  public void setUp() throws IOException {
    String text = text(shape, chars);
    String content = switch (form) {
      case "html" -> "<html><head><title>خبر</title></head><body><p>" + text.replace("&", "&amp;").replace("<", "&lt;")
          .replace("\n", "</p>\n<p>") + "</p></body></html>";
      case "jsonl" -> "{\"text\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n";
      default -> text;
    };
    file = Files.createTempFile("marsad-growth", "." + form);
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Text of one shape, {@code chars} long. */
  static String text(String shape, int chars) {
    String unit = switch (shape) {
      case "news" -> BenchText.arabicNews(chars);
      case "one-line" -> BenchText.arabicNews(chars).replace('\n', ' ');
      case "no-spaces" -> "ب";
      case "open-quotes" -> "«قال» «";
      case "dates" -> "في ١٢ تموز ٢٠١٩ وعام 2019 و";
      case "short-lines" -> "قال\n";
      default -> throw new IllegalArgumentException("no shape " + shape);
    };
    StringBuilder b = new StringBuilder(chars + unit.length());
    while (b.length() < chars) {
      b.append(unit);
    }
    return b.substring(0, chars);
  }

  @Benchmark
  public void analyze(Blackhole bh) {
    reader.read(file, new ArticleSink() {
      @Override
      public void article(RawArticle article) {
        Article a = pipeline.analyze(article);
        bh.consume(a);
      }

      @Override
      public void problem(String where, String what) {
        throw new IllegalStateException(where + ": " + what);
      }

      @Override
      public void note(String where, String what) {}
    });
  }
}
