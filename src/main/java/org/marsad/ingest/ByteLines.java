package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream as bytes, each without its line break ({@code \n} or {@code \r\n}),
 * so that each can be decoded by itself. A line longer than the limit is passed over without
 * being held in memory: only its length is kept.
 */
final class ByteLines {

  /** A line: its bytes, or, when it was longer than the limit, none and how many there were. */
  record Line(byte[] bytes, long skipped) {}

  private final InputStream in;
  private final int max;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int end;

  ByteLines(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any ? done(line, length) : null;
        }
      }
      any = true;
      int from = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - from;
      if (length + n <= max) {
        line.write(buffer, from, n);
      }
      length += n;
      if (pos < end) {
        pos++; // the line break
        return done(line, length);
      }
    }
  }

  private Line done(ByteArrayOutputStream line, long length) {
    if (length > max) {
      return new Line(new byte[0], length);
    }
    byte[] b = line.toByteArray();
    int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
    return new Line(n == b.length ? b : java.util.Arrays.copyOf(b, n), 0);
  }
}
