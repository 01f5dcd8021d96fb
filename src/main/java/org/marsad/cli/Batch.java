package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import org.marsad.store.StoreException;

/**
 * One pass over the articles named on the command line (files, folders, "-" for JSONL on
 * standard input), shared by {@code analyze} and {@code ingest}: each article is worked on by a
 * pool of threads and the results are handed over in reading order, at most a few per thread in
 * flight. What cannot be read or worked on gets one line on standard error and is counted; the
 * batch goes on.
 */
final class Batch<R> {

  /** What is done to each article, on a pool thread. */
  interface Work<R> {
    R apply(RawArticle article) throws Exception;
  }

  /** What is done with each result, in reading order, on the reading thread. */
  interface Done<R> {
    void accept(R result) throws IOException;
  }

  private final String task;
  private final int threads;
  private final InputStream stdin;
  private final PrintStream stderr;
  private final boolean progress;
  private int skipped;

  Batch(String task, int threads) {
    this(task, threads, System.in, System.err, true);
  }

  /**
   * A batch reading "-" from {@code stdin} and telling problems on {@code stderr}, with a
   * progress bar when {@code progress} allows it and a person watches standard error.
   */
  Batch(String task, int threads, InputStream stdin, PrintStream stderr, boolean progress) {
    this.task = task;
    this.threads = threads;
    this.stdin = stdin;
    this.stderr = stderr;
    this.progress = progress && stderr == System.err;
  }

  /** Inputs skipped so far: missing files, unreadable lines, failed articles. */
  int skipped() {
    return skipped;
  }

  void run(List<String> paths, Work<R> work, Done<R> done) throws IOException {
    List<Path> files = new ArrayList<>();
    boolean readStdin = false;
    for (String p : paths) {
      if (p.equals("-")) {
        readStdin = true;
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        stderr.println(p + ": no such file or folder");
        skipped++;
        continue;
      }
      try {
        files.addAll(ArticleReader.files(path));
      } catch (IOException e) {
        stderr.println(p + ": cannot list: " + e.getMessage());
        skipped++;
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ProgressBar bar = progress ? progressBar(task, files.size()) : null) {
      Ordered ordered = new Ordered(pool, work, done, 4 * threads);
      ArticleReader reader = new ArticleReader();
      for (Path f : files) {
        reader.read(f, ordered);
        if (bar != null) {
          bar.step();
        }
      }
      if (readStdin) {
        reader.readJsonl("-", stdin, ordered);
      }
      ordered.drain(0);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
  }

  /** A progress bar on standard error when a person is watching it and there is more than one file. */
  private static ProgressBar progressBar(String task, int files) {
    if (files <= 1 || !isTerminal(2)) {
      return null;
    }
    // a fixed width: asking the terminal for its width loads native code, with warnings
    return new ProgressBarBuilder().setTaskName(task).setInitialMax(files)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err, BAR_WIDTH))
        .build();
  }

  private static final int BAR_WIDTH = 100;

  /**
   * Whether standard output (1) or error (2) is a terminal. Java cannot ask that of one stream;
   * on Linux the process's file table says where it goes. Elsewhere a console means a person
   * is watching.
   */
  static boolean isTerminal(int fd) {
    Path fd2 = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no file table to read: fall back on the console below
    }
    return System.console() != null;
  }

  /**
   * Receives articles from the reader, works on them on the pool, and hands the results over in
   * the order the articles came, keeping at most {@code window} in flight.
   */
  private final class Ordered implements ArticleSink {
    private final ExecutorService pool;
    private final Work<R> work;
    private final Done<R> done;
    private final int window;
    private final Deque<Pending<R>> pending = new ArrayDeque<>();

    Ordered(ExecutorService pool, Work<R> work, Done<R> done, int window) {
      this.pool = pool;
      this.work = work;
      this.done = done;
      this.window = window;
    }

    @Override
    public void article(RawArticle article) {
      pending.add(new Pending<>(article.source(), pool.submit(() -> work.apply(article))));
      drain(window);
    }

    @Override
    public void problem(String where, String what) {
      stderr.println(where + ": " + what);
      skipped++;
    }

    @Override
    public void note(String where, String what) {
      stderr.println(where + ": " + what);
    }

    /** Hands over finished results, oldest first, until no more than {@code keep} are pending. */
    void drain(int keep) {
      while (pending.size() > keep) {
        Pending<R> p = pending.poll();
        try {
          done.accept(p.result().get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof StoreException archive) {
            // the archive itself failed: no later article could be stored either
            throw new UncheckedIOException(archive);
          }
          // a failure loses this article only; say which and why
          problem(p.source(), "failed: " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while handing over results", e);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private record Pending<R>(String source, Future<R> result) {}
}
