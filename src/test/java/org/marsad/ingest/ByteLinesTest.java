package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of a stream as bytes: line breaks of either kind, a last line without one, a line too long to hold. */
class ByteLinesTest {

  private static List<String> lines(String content, int max) throws IOException {
    ByteLines lines = new ByteLines(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), max);
    List<String> out = new ArrayList<>();
    for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
      out.add(l.skipped() > 0 ? "(" + l.skipped() + " bytes skipped)" : new String(l.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void linesEndAtLfOrCrLfAndTheLastNeedsNoBreak() throws IOException {
    assertThat(lines("{\"text\": \"خبر\"}\r\n\n{\"text\": \"آخر\"}\n{}", 100))
        .containsExactly("{\"text\": \"خبر\"}", "", "{\"text\": \"آخر\"}", "{}");
  }

  @Test
  void aLineLongerThanTheLimitIsCountedNotHeld() throws IOException {
    assertThat(lines("قصير\n" + "ب".repeat(50) + "\nقصير\n", 20))
        .containsExactly("قصير", "(100 bytes skipped)", "قصير");
  }

  @Test
  void anEmptyStreamHasNoLines() throws IOException {
    assertThat(lines("", 10)).isEmpty();
  }
}
