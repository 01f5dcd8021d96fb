package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report filter's learner: it learns what tells a report, repeats itself exactly, and keeps an article's sentences in one fold. */
class ReportTrainerTest {

  private static final ReportTrainer.Options OPTIONS = ReportTrainer.Options.standard();

  private static ReportTrainer.Example example(boolean gold, String... features) {
    return new ReportTrainer.Example(List.of(features), gold ? 1 : 0);
  }

  private static List<ReportTrainer.Example> examples() {
    List<ReportTrainer.Example> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add(example(true, "bias", "counted", "w-1=" + i));
      out.add(example(false, "bias", "background@near", "w-1=" + i));
    }
    return out;
  }

  @Test
  void learnsTheSignThatTellsAReport() {
    ReportModel model = ReportTrainer.train(examples(), OPTIONS);
    assertThat(model.keeps(List.of("bias", "counted"))).isTrue();
    assertThat(model.keeps(List.of("bias", "background@near"))).isFalse();
  }

  @Test
  void aFeatureOfOneExampleIsNotLearned() {
    ReportModel model = ReportTrainer.train(List.of(example(true, "bias", "once"), example(false, "bias", "twice"),
        example(false, "bias", "twice")), OPTIONS);
    assertThat(model.score(List.of("once"))).isZero();
    assertThat(model.score(List.of("twice"))).isNegative();
  }

  @Test
  void theSameExamplesGiveTheSameModelByteForByte() throws IOException {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    ReportTrainer.train(examples(), OPTIONS).write(a, List.of("one"));
    ReportTrainer.train(examples(), OPTIONS).write(b, List.of("one"));
    assertThat(a.toString()).isEqualTo(b.toString()).startsWith("# one\n").contains("counted\t");
  }

  @Test
  void anArticleIsJudgedByAModelThatNeverSawIt() {
    // each article has a word of its own and one verdict: learnt across folds, the word would give it away
    List<ReportTrainer.Row> rows = new ArrayList<>();
    for (int g = 0; g < 10; g++) {
      for (int k = 0; k < 2; k++) {
        rows.add(new ReportTrainer.Row("article" + g, "ASSAULT", g % 2 == 0, List.of(List.of("bias", "word=" + g)),
            false));
      }
    }
    ReportTrainer.Counts cv = ReportTrainer.crossValidate(rows, 10, 1, OPTIONS).get("ASSAULT");
    ReportTrainer.Counts inSample = ReportTrainer.byFilter(rows, ReportTrainer.train(ReportTrainer.examples(rows),
        OPTIONS)).get("ASSAULT");
    assertThat(inSample.f1()).isEqualTo(1.0);
    assertThat(cv.tp() + cv.fp() + cv.fn()).isGreaterThan(0);
    assertThat(cv.f1()).isLessThan(0.8);
  }

  @Test
  void theRulesAloneCountEveryCodedSentence() {
    List<ReportTrainer.Row> rows = List.of(
        new ReportTrainer.Row("a", "PROTEST", true, List.of(List.of("bias")), false),
        new ReportTrainer.Row("b", "PROTEST", false, List.of(List.of("bias")), false),
        new ReportTrainer.Row("c", "PROTEST", true, List.of(), false),
        new ReportTrainer.Row("d", "PROTEST", true, List.of(), true));
    assertThat(ReportTrainer.byRules(rows).get("PROTEST")).isEqualTo(new ReportTrainer.Counts(2, 1, 1));
  }

  @Test
  void aMentionTeachesOnlyWhereTheRulesCodedNothingAndIsNeverCounted() {
    List<String> coded = List.of("bias", "counted");
    List<String> mention = List.of("bias", "uncoded");
    List<ReportTrainer.Row> rows = List.of(
        new ReportTrainer.Row("a", "ASSAULT", true, List.of(coded), false, 1, true, List.of(mention)),
        new ReportTrainer.Row("b", "ASSAULT", false, List.of(), false, 0.25, true, List.of(mention)),
        new ReportTrainer.Row("c", "ASSAULT", false, List.of(), true, 0, true, List.of(mention)));
    assertThat(ReportTrainer.examples(rows)).containsExactly(new ReportTrainer.Example(coded, 1),
        new ReportTrainer.Example(mention, 0.25));
    assertThat(ReportTrainer.byRules(rows).get("ASSAULT")).isEqualTo(new ReportTrainer.Counts(1, 1, 0));
  }
}
