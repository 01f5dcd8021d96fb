package org.marsad.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.doc.Span;
import org.marsad.entities.EntityRecognizer;
import org.marsad.entities.ner.NerModel;
import org.marsad.entities.ner.WordClasses;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;
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
 * The trained entity model alone, sentence by sentence and then by the document stage, over the text of
 * {@link EntityRecognizerBench}: the knowledge base's word classes, features, Viterbi and the
 * margins of the names found. Characters per second = {@code chars} / seconds per operation
 * ({@code ./marsad jmh NerModelBench}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NerModelBench {

  @Param({"100000"})
  public int chars;

  private AnalyzedText text;
  private final NerModel model = NerModel.standard();
  private final WordClasses classes = EntityRecognizer.wordClasses();

  @Setup
  public void setUp() {
    EntityRecognizerBench source = new EntityRecognizerBench();
    source.chars = chars;
    source.setUp();
    text = source.text();
  }

  /** Tags the whole text as one document: each sentence alone, then the document stage. */
  @Benchmark
  public int tag() {
    List<Token> tokens = text.tokens();
    int[] flags = classes.of(tokens);
    List<List<Token>> sentences = new ArrayList<>();
    List<int[]> sentenceFlags = new ArrayList<>();
    for (Span s : text.sentences()) {
      int from = text.firstTokenAtOrAfter(s.start());
      int to = text.firstTokenAtOrAfter(s.end());
      if (to > from) {
        sentences.add(tokens.subList(from, to));
        sentenceFlags.add(Arrays.copyOfRange(flags, from, to));
      }
    }
    int names = 0;
    for (List<NerModel.Name> found : model.names(sentences, sentenceFlags)) {
      names += found.size();
    }
    return names;
  }
}
