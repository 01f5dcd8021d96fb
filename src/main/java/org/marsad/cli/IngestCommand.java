package org.marsad.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.doc.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Archive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad ingest}: articles in, analysed on every core, stored in the archive. The same
 * article read again replaces its earlier record; an input unchanged since an earlier run is
 * not analysed again. Commits every few hundred articles (and every half minute), so a run
 * killed midway keeps what it committed and the next run completes the rest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Reads articles (text, HTML, JSONL, RSS/Atom files or folders; - for JSONL on standard input),"
        + " analyses them and stores the records in the archive.")
public final class IngestCommand implements Callable<Integer> {

  private static final long COMMIT_SECONDS = 30;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read; - reads JSONL from standard input")
  List<String> paths;

  @Mixin
  ArchiveOptions.Index index;

  @Option(names = "--threads", paramLabel = "N", description = "articles analysed at once (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "500",
      description = "make the stored articles durable after this many (default: ${DEFAULT-VALUE})")
  int commitEvery;

  @Option(names = "--reanalyze", description = "analyse every article again, even when unchanged since the last run")
  boolean reanalyze;

  @Option(names = "--verbose", description = "one line on standard error at each commit")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** What became of one article. */
  private enum Outcome { STORED, UNCHANGED }

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || commitEvery < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --commit-every must be at least 1");
    }
    long started = System.nanoTime();
    int[] counts = new int[Outcome.values().length];
    Batch<Outcome> batch = new Batch<>("ingest", threads);
    int held;
    try (Archive archive = Archive.open(index.dir)) {
      Pipeline pipeline = Pipeline.standard();
      Committer committer = new Committer(archive);
      batch.run(paths, raw -> {
        String key = Archive.readKey(raw);
        if (!reanalyze && archive.holds(key)) {
          return Outcome.UNCHANGED;
        }
        Article record = pipeline.analyze(raw);
        archive.add(record, key);
        return Outcome.STORED;
      }, outcome -> {
        counts[outcome.ordinal()]++;
        committer.maybe();
      });
      committer.now();
      held = archive.size();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    int read = counts[0] + counts[1];
    System.err.printf(Locale.ROOT, "ingest: %d articles read in %.1f s (%.0f a second): %d stored, %d unchanged, %d skipped;"
        + " the archive %s holds %d%n", read, seconds, read / Math.max(seconds, 1e-3), counts[Outcome.STORED.ordinal()],
        counts[Outcome.UNCHANGED.ordinal()], batch.skipped(), index.dir, held);
    return batch.skipped() == 0 ? 0 : 1;
  }

  /** Commits after {@code commitEvery} results or {@value #COMMIT_SECONDS} seconds, whichever first. */
  private final class Committer {
    private final Archive archive;
    private int since;
    private long last = System.nanoTime();

    Committer(Archive archive) {
      this.archive = archive;
    }

    void maybe() throws IOException {
      since++;
      if (since >= commitEvery || System.nanoTime() - last > COMMIT_SECONDS * 1_000_000_000L) {
        now();
      }
    }

    void now() throws IOException {
      int held = archive.size(); // counted before: every article counted is in the commit
      archive.commit();
      since = 0;
      last = System.nanoTime();
      if (verbose) {
        System.err.println("ingest: committed " + held + " articles");
      }
    }
  }
}
