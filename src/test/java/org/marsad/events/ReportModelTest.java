package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report filter's model file: comments and blank lines skipped, a bad weight named by file and line. */
class ReportModelTest {

  private static ReportModel read(String text) {
    return ReportModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.tsv");
  }

  @Test
  void readsFeaturesAndWeightsSkippingCommentsAndBlankLines() {
    ReportModel m = read("# a comment\n\nbias\t0.5\ncue=قتل\t-1.25\njudges=PROTEST\t1.00000\n");
    assertThat(m.size()).isEqualTo(3);
    assertThat(m.score(List.of("bias", "cue=قتل", "unknown"))).isEqualTo(-0.75);
    assertThat(m.judges("PROTEST")).isTrue();
    assertThat(m.judges("ASSAULT")).isFalse();
  }

  @Test
  void aLineWithoutANumberForWeightNamesTheFileAndLine() {
    assertThatThrownBy(() -> read("# header\nbias\t0.5\ncue=قتل\theavy\n"))
        .hasMessageContaining("m.tsv:3").hasMessageContaining("a feature, a tab and its weight");
    assertThatThrownBy(() -> read("bias\n")).hasMessageContaining("m.tsv:1");
  }
}
