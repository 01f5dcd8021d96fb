package org.marsad.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Layer;
import org.marsad.doc.Quote;
import org.marsad.doc.Timex;
import org.marsad.entities.EntityRecognizer;
import org.marsad.events.EventCoder;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.CleanArticle;
import org.marsad.ingest.Cleaner;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.quotes.QuoteExtractor;
import org.marsad.store.SampleCorpus;
import org.marsad.text.AnalyzedText;
import org.marsad.time.TimexTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each layer of the pipeline alone, and the whole, over the same articles: reading JSONL,
 * cleaning, the text layer (paragraphs, sentences, tokens), time expressions, entities,
 * quotations, events. Each step gets what the steps before it made, computed once in setup.
 * The articles are the generated corpus of {@code marsad bench} ({@link SampleCorpus}), or a
 * JSONL file given as {@code -p input=FILE}. Setup prints their size: MB/s of a layer = the
 * printed MB / its seconds per operation
 * ({@code ./marsad jmh LayersBench -p input=../shared/data/real-news/jawharafm.jsonl}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LayersBench {

  /** A JSONL file of articles; empty for the generated corpus. */
  @Param({""})
  public String input;

  /** Articles of the generated corpus, when no input is given. */
  @Param({"400"})
  public int articles;

  private byte[] jsonl;
  private final ArticleReader reader = new ArticleReader();
  private final Cleaner cleaner = new Cleaner();
  private final TimexTagger timexTagger = new TimexTagger();
  private final EntityRecognizer entityRecognizer = new EntityRecognizer();
  private final QuoteExtractor quoteExtractor = new QuoteExtractor();
  private final EventCoder eventCoder = new EventCoder();
  private final Pipeline pipeline = Pipeline.standard();

  private List<RawArticle> raw;
  private List<CleanArticle> clean;
  private List<AnalyzedText> texts;
  private List<Layer<Timex>> timexes;
  private List<Layer<Entity>> entities;
  private List<Layer<Quote>> quotes;

  @Setup
  public void setUp() throws IOException {
    if (input.isEmpty()) {
      Path tmp = Files.createTempFile("marsad-layers", ".jsonl");
      new SampleCorpus(7).writeJsonl(tmp, articles);
      jsonl = Files.readAllBytes(tmp);
      Files.delete(tmp);
    } else {
      jsonl = Files.readAllBytes(Path.of(input));
    }
    raw = read();
    clean = new ArrayList<>();
    texts = new ArrayList<>();
    timexes = new ArrayList<>();
    entities = new ArrayList<>();
    quotes = new ArrayList<>();
    long chars = 0;
    long bytes = 0;
    for (RawArticle r : raw) {
      CleanArticle c = cleaner.clean(r);
      AnalyzedText t = AnalyzedText.of(c.text(), c.captions());
      Layer<Entity> e = entityRecognizer.recognize(t);
      clean.add(c);
      texts.add(t);
      timexes.add(timexTagger.tag(t, c.published()));
      entities.add(e);
      quotes.add(quoteExtractor.extract(t, e.items()));
      chars += c.text().length();
      bytes += c.text().getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf(Locale.ROOT, "%n%d articles, %d characters of cleaned text, %.3f MB in UTF-8 (%.3f MB of JSONL)%n",
        raw.size(), chars, bytes / 1e6, jsonl.length / 1e6);
  }

  private List<RawArticle> read() throws IOException {
    List<RawArticle> out = new ArrayList<>();
    reader.readJsonl("bench", new ByteArrayInputStream(jsonl), new ArticleSink() {
      @Override
      public void article(RawArticle article) {
        out.add(article);
      }

      @Override
      public void problem(String where, String what) {}

      @Override
      public void note(String where, String what) {}
    });
    return out;
  }

  @Benchmark
  public List<RawArticle> readJsonl() throws IOException {
    return read();
  }

  @Benchmark
  public void clean(Blackhole bh) {
    for (RawArticle r : raw) {
      bh.consume(cleaner.clean(r));
    }
  }

  @Benchmark
  public void text(Blackhole bh) {
    for (CleanArticle c : clean) {
      bh.consume(AnalyzedText.of(c.text(), c.captions()));
    }
  }

  @Benchmark
  public void timexes(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(timexTagger.tag(texts.get(i), clean.get(i).published()));
    }
  }

  @Benchmark
  public void entities(Blackhole bh) {
    for (AnalyzedText t : texts) {
      bh.consume(entityRecognizer.recognize(t));
    }
  }

  @Benchmark
  public void quotes(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(quoteExtractor.extract(texts.get(i), entities.get(i).items()));
    }
  }

  @Benchmark
  public void events(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(eventCoder.code(texts.get(i), clean.get(i), entities.get(i).items(), timexes.get(i).items(),
          quotes.get(i).items()));
    }
  }

  /** Everything {@code marsad analyze} does to an article but reading and writing it. */
  @Benchmark
  public void pipeline(Blackhole bh) {
    for (RawArticle r : raw) {
      Article a = pipeline.analyze(r);
      bh.consume(a);
    }
  }
}
