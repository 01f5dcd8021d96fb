package org.marsad.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.Dimension;
import org.marsad.store.SearchRequest;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every archive command shares: where the archive is, and how to narrow it. */
final class ArchiveOptions {

  /** {@code --store}, on its own for commands that do not filter. */
  static final class Where {
    @Option(names = {"--store", "--index"}, paramLabel = "WHERE", defaultValue = Store.DEFAULT,
        description = "the archive: a folder, or an OpenSearch index as http://host:9200/marsad (default: the folder ${DEFAULT-VALUE})")
    String where;

    Store store(CommandLine.Model.CommandSpec spec) {
      try {
        return Store.at(where);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }

  /** {@code --store} and the filters of {@code search} and {@code export}. */
  static final class Filters {
    @Option(names = {"--store", "--index"}, paramLabel = "WHERE", defaultValue = Store.DEFAULT,
        description = "the archive: a folder, or an OpenSearch index as http://host:9200/marsad (default: the folder ${DEFAULT-VALUE})")
    String where;

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

    @Option(names = "--sector", paramLabel = "S", description = "with an event whose actor is of this CAMEO sector (GOV, MIL, COP, REB...)")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--subtype", paramLabel = "S", description = "with an event of this PLOVER subtype (firearms, demonstrate, arrest...)")
    List<String> subtypes = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "S", description = "quoting this speaker")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "published on or after: YEAR, YEAR-MONTH or YEAR-MONTH-DAY")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "published on or before: YEAR, YEAR-MONTH or YEAR-MONTH-DAY")
    String to;

    SearchRequest request(String words, int limit) {
      Map<Dimension, List<String>> f = new EnumMap<>(Dimension.class);
      f.put(Dimension.ENTITY, entities);
      f.put(Dimension.TYPE, types);
      f.put(Dimension.COUNTRY, countries);
      f.put(Dimension.OUTLET, outlets);
      f.put(Dimension.EVENT, events);
      f.put(Dimension.SECTOR, sectors);
      f.put(Dimension.SUBTYPE, subtypes);
      f.put(Dimension.SPEAKER, speakers);
      return new SearchRequest(words, f, from, to, limit);
    }

    Store store(CommandLine.Model.CommandSpec spec) {
      Where w = new Where();
      w.where = where;
      return w.store(spec);
    }
  }

  /** Opens the archive for reading; a missing archive is the user's to fix, said in one line. */
  static StoreReader open(Store store, CommandLine.Model.CommandSpec spec) throws IOException {
    try {
      return store.openReader();
    } catch (StoreException e) {
      if (e.reason() == StoreException.Reason.MISSING) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      throw e;
    }
  }

  private ArchiveOptions() {}
}
