package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AnalyzeJobTest {

  @Test
  void withoutAnOutputTheJobSaysWhatToGiveAndStartsNoSpark() {
    StringWriter err = new StringWriter();
    int status = new CommandLine(new AnalyzeJob()).setErr(new PrintWriter(err)).execute("hdfs:///news/");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("give --jsonl DIR, --parquet DIR, --store WHERE or several");
  }
}
