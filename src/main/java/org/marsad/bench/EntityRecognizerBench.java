package org.marsad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.doc.Entity;
import org.marsad.doc.Layer;
import org.marsad.entities.EntityRecognizer;
import org.marsad.text.AnalyzedText;
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
 * The entity recogniser alone over a long news-like Arabic text with names, adjectives and
 * offices in it, the standard knowledge base loaded once. Characters per second = {@code chars}
 * / the reported seconds per operation ({@code ./marsad jmh EntityRecognizerBench}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EntityRecognizerBench {

  /** Sentences written for the benchmark: known names, clitics, nisbas, offices, a caption. */
  private static final List<String> NAMED = List.of(
      "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الفرنسي، جان إيف لودريان، في موسكو.",
      "وأعربت الولايات المتحدة عن قلقها من التحركات الصينية في بحر الصين الجنوبي.",
      "وقالت وزيرة خارجية اليابان يوكو كاميكاوا إن طوكيو تريد علاقات مستقرة مع بكين وسيئول.",
      "وأكد الوزير الياباني أن بلاده تدعم قرارات مجلس الأمن الدولي بشأن كوريا الشمالية.",
      "ورحب الرئيس الأمريكي بالاتفاق، فيما انتقده المسؤولون الإيرانيون والروس.",
      "وشارك ممثلون عن حلف شمال الأطلسي والاتحاد الأوروبي والأمم المتحدة في المؤتمر.",
      "The foreign ministers of Russia and Japan met in Tokyo on Monday.");

  @Param({"100000"})
  public int chars;

  private AnalyzedText text;
  private final EntityRecognizer recognizer = new EntityRecognizer();

  @Setup
  public void setUp() {
    StringBuilder out = new StringBuilder(chars + 200);
    String filler = BenchText.arabicNews(chars);
    for (int i = 0, f = 0; out.length() < chars; i++) {
      out.append(NAMED.get(i % NAMED.size())).append(' ');
      int cut = Math.min(filler.length(), f + 300);
      out.append(filler, f, cut).append(i % 2 == 1 ? "\n\n" : " ");
      f = cut >= filler.length() ? 0 : cut;
    }
    text = AnalyzedText.of(out.toString(), List.of());
  }

  /** The text built by {@link #setUp}. */
  AnalyzedText text() {
    return text;
  }

  @Benchmark
  public Layer<Entity> recognize() {
    return recognizer.recognize(text);
  }
}
