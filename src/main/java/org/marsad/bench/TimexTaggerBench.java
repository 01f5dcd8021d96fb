package org.marsad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.doc.Layer;
import org.marsad.doc.Timex;
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

/**
 * The time-expression tagger alone over a long news-like Arabic text. Characters per second =
 * {@code chars} / the reported seconds per operation ({@code ./marsad jmh TimexTaggerBench}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimexTaggerBench {

  @Param({"100000"})
  public int chars;

  private AnalyzedText text;
  private final TimexTagger tagger = new TimexTagger();

  @Setup
  public void setUp() {
    text = AnalyzedText.of(BenchText.arabicNews(chars), List.of());
  }

  @Benchmark
  public Layer<Timex> tag() {
    return tagger.tag(text, "2023-10-18T09:45Z");
  }
}
