package org.marsad.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.doc.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Store;
import org.marsad.store.StoreWriter;
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
  ArchiveOptions.Where where;

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

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || commitEvery < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --commit-every must be at least 1");
    }
    Store store = where.store(spec);
    Result r = ingest(paths, store, threads, commitEvery, reanalyze, verbose);
    int read = r.stored() + r.unchanged();
    System.err.printf(Locale.ROOT, "ingest: %d articles read in %.1f s (%.0f a second): %d stored, %d unchanged, %d skipped;"
        + " the archive %s holds %d%n", read, r.seconds(), read / Math.max(r.seconds(), 1e-3), r.stored(),
        r.unchanged(), r.skipped(), store, r.held());
    return r.skipped() == 0 ? 0 : 1;
  }

  /**
   * What a run did: articles stored, found unchanged, skipped; articles held after; time taken;
   * and the time threads spent waiting on the store (looking up, adding, committing), summed.
   */
  record Result(int stored, int unchanged, int skipped, long held, double seconds, double storeSeconds) {}

  /** Reads, analyses and stores; shared with {@code bench}. */
  static Result ingest(List<String> paths, Store store, int threads, int commitEvery, boolean reanalyze,
      boolean verbose) throws IOException {
    long started = System.nanoTime();
    AtomicInteger stored = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    LongAdder inStore = new LongAdder();
    Batch<Boolean> batch = new Batch<>("ingest", threads);
    long held;
    try (StoreWriter archive = store.openWriter()) {
      Pipeline pipeline = Pipeline.standard();
      Committer committer = new Committer(archive, commitEvery, verbose);
      batch.run(paths, raw -> {
        String key = StoreWriter.readKey(raw);
        long t = System.nanoTime();
        boolean before = !reanalyze && archive.holds(key);
        inStore.add(System.nanoTime() - t);
        if (before) {
          return false;
        }
        Article record = pipeline.analyze(raw);
        t = System.nanoTime();
        archive.add(record, key);
        inStore.add(System.nanoTime() - t);
        return true;
      }, isNew -> {
        (isNew ? stored : unchanged).incrementAndGet();
        long t = System.nanoTime();
        committer.maybe();
        inStore.add(System.nanoTime() - t);
      });
      long t = System.nanoTime();
      committer.now();
      held = archive.size();
      inStore.add(System.nanoTime() - t);
    }
    return new Result(stored.get(), unchanged.get(), batch.skipped(), held, (System.nanoTime() - started) / 1e9,
        inStore.sum() / 1e9);
  }

  /** Commits after {@code commitEvery} results or {@value #COMMIT_SECONDS} seconds, whichever first. */
  private static final class Committer {
    private final StoreWriter archive;
    private final int every;
    private final boolean verbose;
    private int since;
    private long last = System.nanoTime();

    Committer(StoreWriter archive, int every, boolean verbose) {
      this.archive = archive;
      this.every = every;
      this.verbose = verbose;
    }

    void maybe() throws IOException {
      since++;
      if (since >= every || System.nanoTime() - last > COMMIT_SECONDS * 1_000_000_000L) {
        now();
      }
    }

    void now() throws IOException {
      // counted before: every article counted is in the commit; counted only when told, as
      // counting opens a reader on the index (6% of marsad bench's time)
      long held = verbose ? archive.size() : 0;
      archive.commit();
      since = 0;
      last = System.nanoTime();
      if (verbose) {
        System.err.println("ingest: committed " + held + " articles");
      }
    }
  }
}
