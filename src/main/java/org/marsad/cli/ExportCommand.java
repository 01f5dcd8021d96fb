package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.marsad.store.Export;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad export}: the records of the archive, or of a query, as JSONL, CSV or PLOVER events. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the archive's records (all, or those a query and filters match) for R, Python or a spreadsheet.")
public final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "jsonl (full records), csv (one row an article) or plover (one JSON line an event); default ${DEFAULT-VALUE}")
  String format;

  @Option(names = "--query", paramLabel = "WORDS", description = "only articles these words find")
  String query = "";

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output; replaced only when done")
  Path out;

  @Mixin
  ArchiveOptions.Filters filters;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Export.FORMATS.contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no export format \"" + format + "\"; there are " + Export.FORMATS);
    }
    SearchRequest request;
    try {
      request = filters.request(query, 1);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path tmp = out == null ? null
        : Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName() + ".", ".part");
    boolean done = false;
    int[] n = new int[1];
    try (StoreReader archive = ArchiveOptions.open(filters.store(spec), spec);
        OutputStream os = tmp == null ? new KeepOpen(System.out) : Files.newOutputStream(tmp);
        Export export = Export.open(format, os)) {
      archive.forEach(request, a -> {
        export.write(a);
        n[0]++;
      });
      done = true;
    } finally {
      if (tmp != null) {
        if (done) {
          Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.deleteIfExists(tmp);
        }
      }
    }
    System.err.println("export: " + n[0] + " articles as " + format);
    return 0;
  }
}
