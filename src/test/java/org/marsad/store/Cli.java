package org.marsad.store;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.marsad.cli.Main;

/** The command line run inside the test, with what it wrote. */
final class Cli {

  private Cli() {}

  record Run(int status, String stderr, String stdout) {}

  /** Runs the command line, returning its exit status and what it wrote. */
  static Run run(String... args) {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
    try {
      int status = Main.run(args);
      return new Run(status, capturedErr.toString(StandardCharsets.UTF_8), capturedOut.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
  }
}
