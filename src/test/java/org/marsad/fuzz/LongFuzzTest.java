package org.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marsad.pipeline.Pipeline;

/**
 * The long fuzzing run, off unless asked for:
 * {@code ./run-tests -Dtest=LongFuzzTest -Dmarsad.fuzz.seconds=3600}. The same cases as the
 * short run in the suite, with runs of up to {@code marsad.fuzz.max-run} characters (300,000),
 * pages nested up to 30,000 divs deep and articles kept up to a million characters, for as long
 * as asked. It goes on past a failure: each failing input is saved under {@code target/fuzz/}
 * with what broke, and {@code target/fuzz/summary.txt} counts what was tried.
 */
@EnabledIfSystemProperty(named = "marsad.fuzz.seconds", matches = "\\d+")
class LongFuzzTest {

  @Test
  void fuzzForAsLongAsAsked() throws IOException {
    long seconds = Long.parseLong(System.getProperty("marsad.fuzz.seconds"));
    int maxRun = Integer.getInteger("marsad.fuzz.max-run", 300_000);
    Path out = Path.of("target", "fuzz");
    Files.createDirectories(out);
    FuzzTarget target = new FuzzTarget(Pipeline.standard(1_000_000));
    Iterator<FuzzCase> cases = FuzzInputs.cases(30_000).sampleStream().iterator();
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    long tried = 0;
    long articles = 0;
    long problems = 0;
    long bytes = 0;
    List<String> failures = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      FuzzCase c = cases.next();
      byte[] input = new byte[0];
      tried++;
      try {
        input = c.bytes(Corpus.PROJECT, maxRun);
        bytes += input.length;
        FuzzTarget.Outcome o = target.run(c.fileName(), input, c.plain(Corpus.PROJECT, maxRun));
        articles += o.articles().size();
        problems += o.problems().size();
      } catch (AssertionError | RuntimeException e) { // a broken invariant, or the fuzzer's own bug: either is told
        String name = "failure-" + failures.size();
        Files.write(out.resolve(name + "." + c.form().extension), input);
        Files.writeString(out.resolve(name + ".txt"), c + "\n" + e + "\n", StandardCharsets.UTF_8);
        failures.add(c + ": " + Invariants.shorten(String.valueOf(e)));
      }
    }
    String summary = String.format(Locale.ROOT,
        "%d inputs (%.1f MB) in %.0f s: %d articles analysed, %d problems reported, %d failures%n", tried, bytes / 1e6,
        (System.nanoTime() - start) / 1e9, articles, problems, failures.size());
    Files.writeString(out.resolve("summary.txt"), summary + String.join("\n", failures), StandardCharsets.UTF_8);
    System.out.print(summary);
    assertThat(failures).as("failing inputs saved under %s", out.toAbsolutePath()).isEmpty();
  }
}
