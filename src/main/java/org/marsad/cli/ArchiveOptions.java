package org.marsad.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.ArchiveSearcher;
import org.marsad.store.Schema;
import org.marsad.store.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every archive command shares: where the archive is, and how to narrow it. */
final class ArchiveOptions {

  /** Where the archive lives unless {@code --index} says otherwise. */
  static final String DEFAULT_INDEX = "marsad-data";

  /** {@code --index DIR}, on its own for commands that do not filter. */
  static final class Index {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT_INDEX,
        description = "the archive folder (default: ${DEFAULT-VALUE})")
    Path dir;
  }

  /** {@code --index} and the filters of {@code search} and {@code export}. */
  static final class Filters {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT_INDEX,
        description = "the archive folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--entity", paramLabel = "X", description = "naming this entity: id, any name or spelling (repeatable: all of them)")
    List<String> entities = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T", description = "naming an entity of this type: PERSON, ORG, GPE, LOC, MISC")
    List<String> types = new ArrayList<>();

    @Option(names = "--country", paramLabel = "C", description = "about this country: ISO code (RUS) or name")
    List<String> countries = new ArrayList<>();

    @Option(names = "--outlet", paramLabel = "O", description = "published or credited by this outlet or agency")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--event", paramLabel = "TYPE", description = "with an event of this PLOVER type (ACCUSE, CONSULT...)")
    List<String> events = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "S", description = "quoting this speaker")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "published on or after: YEAR, YEAR-MONTH or YEAR-MONTH-DAY")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "published on or before: YEAR, YEAR-MONTH or YEAR-MONTH-DAY")
    String to;

    SearchRequest request(String words, int limit) {
      Map<String, List<String>> f = new LinkedHashMap<>();
      f.put(Schema.ENTITY, entities);
      f.put(Schema.TYPE, types);
      f.put(Schema.COUNTRY, countries);
      f.put(Schema.OUTLET, outlets);
      f.put(Schema.EVENT, events);
      f.put(Schema.SPEAKER, speakers);
      return new SearchRequest(words, f, from, to, limit);
    }
  }

  /** Opens the archive for reading; a missing archive is the user's to fix, said in one line. */
  static ArchiveSearcher open(Path dir, CommandLine.Model.CommandSpec spec) throws IOException {
    try {
      return ArchiveSearcher.open(dir);
    } catch (NoSuchFileException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ArchiveOptions() {}
}
