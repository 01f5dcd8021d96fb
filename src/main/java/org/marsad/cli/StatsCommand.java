package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.marsad.store.Count;
import org.marsad.store.Stats;
import org.marsad.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad stats}: what the archive holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts the archive's articles and outlets, its date range and its most named entities.")
public final class StatsCommand extends ArchiveReport {

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "values listed per kind (default: ${DEFAULT-VALUE})")
  int top;

  @Override
  void report(StoreReader archive, PrintStream out) throws IOException {
    Stats s = archive.stats(top);
    out.println("articles:   " + s.articles());
    out.println("published:  " + s.first() + " .. " + s.last());
    print(out, "outlets", s.outlets());
    print(out, "entities", s.entities());
    print(out, "events", s.events());
    print(out, "years", s.years());
  }

  private static void print(PrintStream out, String what, List<Count> counts) {
    if (counts.isEmpty()) {
      out.println(what + ": none");
      return;
    }
    out.println(what + ":");
    for (Count c : counts) {
      out.printf("  %6d  %s%n", c.count(), c.label());
    }
  }
}
