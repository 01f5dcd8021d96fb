package org.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.ingest.CleanArticle;
import org.marsad.ingest.Cleaner;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

/**
 * The short fuzzing run kept in the suite: the project's own articles, edited and wrapped in
 * every form Marsad reads ({@link FuzzCase}), through the readers, the cleaner and the whole
 * pipeline; nothing may escape and every record must keep {@link Invariants}. The long run is
 * {@link LongFuzzTest}.
 */
class FuzzTest {

  /** Long runs in the short fuzz: enough to overflow a stack that grows by the character. */
  static final int MAX_RUN = 5_000;

  private static final FuzzTarget TARGET = new FuzzTarget(Pipeline.standard());
  private static final Cleaner CLEANER = new Cleaner();

  @Property(tries = 250)
  void anyFileIsReadOrReportedAndEveryRecordHolds(@ForAll("cases") FuzzCase c) {
    TARGET.run(c.fileName(), c.bytes(Corpus.PROJECT, MAX_RUN), c.plain(Corpus.PROJECT, MAX_RUN));
  }

  @Provide
  Arbitrary<FuzzCase> cases() {
    return FuzzInputs.cases(300);
  }

  /**
   * A short article is an article: any paragraph the cleaner keeps inside an article is kept
   * when it comes alone (a wire flash, a post), whatever invisible marks surround it.
   */
  @Property(tries = 150)
  void aParagraphAloneIsAnArticle(@ForAll("paragraphs") String paragraph, @ForAll("marks") String mark) {
    String closing = mark.equals("\u2066") || mark.equals("\u2067") ? "\u2069" : mark.equals("\u202B") ? "\u202C" : "";
    CleanArticle a = CLEANER.clean(new RawArticle("alone", mark + paragraph + closing, Given.NONE));
    assertThat(a.text()).as("%s", a.warnings()).contains(paragraph);
  }

  @Provide
  Arbitrary<String> paragraphs() {
    List<String> out = new ArrayList<>();
    for (String t : Corpus.PROJECT.texts()) {
      CleanArticle a = CLEANER.clean(new RawArticle("seed", t, Given.NONE));
      for (String p : a.text().split("\n\n")) {
        if (!p.isBlank() && a.captions().stream().map(c -> c.of(a.text())).noneMatch(p::equals)) {
          out.add(p);
        }
      }
    }
    return Arbitraries.of(out);
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("", "\u202E", "\u202B", "\u2066", "\u2067", "\u200F", "\u200E", "\uFEFF", "\u200B", " \n");
  }
}
