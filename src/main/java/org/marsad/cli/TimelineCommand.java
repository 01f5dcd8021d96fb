package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.marsad.store.StoreReader;
import org.marsad.store.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad timeline}: the dated events and quotations of an entity, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Lists the events an entity takes part in and what it said, oldest first.")
public final class TimelineCommand extends ArchiveReport {

  @Parameters(paramLabel = "ENTITY", description = "the entity: id, any name or spelling")
  String entity;

  @Option(names = "--with", paramLabel = "ENTITY", description = "only events with this entity too, and quotations naming it")
  String with;

  @Override
  void report(StoreReader archive, PrintStream out) throws IOException {
    List<Timeline.Entry> entries = archive.timeline(entity, with);
    for (Timeline.Entry e : entries) {
      out.println(e.date() + "  " + e.kind() + "  " + e.what() + "  (" + e.outlet() + ", " + e.source() + ")");
    }
    if (entries.isEmpty()) {
      System.err.println("timeline: nothing dated for " + entity + (with == null ? "" : " with " + with));
    }
  }
}
