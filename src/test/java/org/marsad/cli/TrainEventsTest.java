package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.SharedData;
import org.marsad.events.ReportModel;
import picocli.CommandLine;

/** {@code marsad train events} on a small slice of the Arabic PLOVER gold standard: it writes a model, the same twice. */
class TrainEventsTest {

  @TempDir
  Path dir;

  @Test
  void trainsOnASliceTheSameModelTwice() throws IOException {
    Path data = SharedData.root().resolve("data/arabic-event-gsr");
    Path first = dir.resolve("first.tsv");
    Path second = dir.resolve("second.tsv");
    String[] args = {"--data", data.toString(), "--limit", "60", "--folds", "2", "--seeds", "1"};
    assertThat(new CommandLine(new TrainEvents()).execute(concat(args, "--out", first.toString()))).isZero();
    assertThat(new CommandLine(new TrainEvents()).execute(concat(args, "--out", second.toString()))).isZero();
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    String model = Files.readString(first);
    assertThat(model).contains("MIT licence").contains("\nbias\t");
    try (var in = Files.newInputStream(first)) {
      assertThat(ReportModel.read(in, first.toString()).size()).isGreaterThan(1);
    }
  }

  @Test
  void theModelJudgesTheTypesJudgeNamesAndWithoutCrossValidationAutoJudgesNone() throws IOException {
    Path data = SharedData.root().resolve("data/arabic-event-gsr");
    Path none = dir.resolve("none.tsv");
    Path protest = dir.resolve("protest.tsv");
    String[] args = {"--data", data.toString(), "--limit", "60", "--folds", "0"};
    assertThat(new CommandLine(new TrainEvents()).execute(concat(args, "--out", none.toString()))).isZero();
    assertThat(new CommandLine(new TrainEvents()).execute(concat(args, "--out", protest.toString(), "--judge", "protest")))
        .isZero();
    try (var a = Files.newInputStream(none); var b = Files.newInputStream(protest)) {
      ReportModel byDefault = ReportModel.read(a, none.toString());
      ReportModel asked = ReportModel.read(b, protest.toString());
      assertThat(byDefault.judges("PROTEST")).isFalse();
      assertThat(asked.judges("PROTEST")).isTrue();
      assertThat(asked.judges("ASSAULT")).isFalse();
    }
  }

  @Test
  void dumpWritesOneJsonLineASentenceAndNoModel() throws IOException {
    Path data = SharedData.root().resolve("data/arabic-event-gsr");
    Path rows = dir.resolve("rows.jsonl");
    Path model = dir.resolve("model.tsv");
    assertThat(new CommandLine(new TrainEvents()).execute("--data", data.toString(), "--limit", "3", "--dump",
        rows.toString(), "--out", model.toString())).isZero();
    var lines = Files.readAllLines(rows);
    assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l).contains("\"share\":").contains("\"candidates\":"));
    assertThat(model).doesNotExist();
  }

  @Test
  void aFolderWithoutTheDataIsOneClearLine() {
    assertThat(new CommandLine(new TrainEvents()).execute("--data", dir.toString(), "--cv-only")).isEqualTo(2);
  }

  @Test
  void aSentenceIdNamesItsArticle() {
    assertThat(TrainEvents.article("AAW_ARB_20071026.0026-2")).isEqualTo("AAW_ARB_20071026.0026");
    assertThat(TrainEvents.article("e6874d82b9_42")).isEqualTo("e6874d82b9");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
