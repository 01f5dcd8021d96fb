package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.marsad.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * A command that opens the archive named by {@code --store}, reports on standard output and
 * closes it: {@code stats}, {@code timeline}, {@code quotes}. A missing archive is a usage error.
 */
abstract class ArchiveReport implements Callable<Integer> {

  @Mixin
  ArchiveOptions.Where where;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public final Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (StoreReader archive = ArchiveOptions.open(where.store(spec), spec)) {
      report(archive, out);
    }
    return 0;
  }

  abstract void report(StoreReader archive, PrintStream out) throws IOException;
}
