package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marsad.doc.Article;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad analyze}: articles in, one document record each out, in the order read. What
 * cannot be read gets one line on standard error and the batch goes on; the exit status is 0
 * when everything was read, 1 when something was skipped.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Reads articles (text, HTML, JSONL, RSS/Atom files or folders; - for JSONL on standard input)"
        + " and writes one record per article.")
public final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read; - reads JSONL from standard input")
  List<String> paths;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
      completionCandidates = RecordWriters.Names.class)
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output; replaced only when the run ends")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "articles analysed at once (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    RecordWriter writer;
    try {
      writer = RecordWriters.forName(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    List<Path> files = new ArrayList<>();
    Counter skipped = new Counter();
    boolean stdin = false;
    for (String p : paths) {
      if (p.equals("-")) {
        stdin = true;
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        System.err.println(p + ": no such file or folder");
        skipped.n++;
        continue;
      }
      try {
        files.addAll(ArticleReader.files(path));
      } catch (IOException e) {
        System.err.println(p + ": cannot list: " + e.getMessage());
        skipped.n++;
      }
    }

    Path tmp = out == null ? null
        : Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName() + ".", ".part");
    boolean done = false;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (OutputStream os = tmp == null ? new KeepOpen(System.out) : Files.newOutputStream(tmp);
        PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8);
        ProgressBar bar = progressBar(files.size())) {
      Ordered ordered = new Ordered(Pipeline.standard(), pool, writer, ps, 4 * threads, skipped);
      writer.begin(ps);
      ArticleReader reader = new ArticleReader();
      for (Path f : files) {
        reader.read(f, ordered);
        if (bar != null) {
          bar.step();
        }
      }
      if (stdin) {
        reader.readJsonl("-", System.in, ordered);
      }
      ordered.drain(0);
      writer.end(ps);
      ps.flush();
      if (ps.checkError()) {
        throw new IOException("writing the records failed");
      }
      done = true;
    } finally {
      pool.shutdownNow();
      if (tmp != null) {
        if (done) {
          Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.deleteIfExists(tmp);
        }
      }
    }
    return skipped.n == 0 ? 0 : 1;
  }

  /** A progress bar on standard error when a person is watching it and there is more than one file. */
  private static ProgressBar progressBar(int files) {
    if (files <= 1 || System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("analyze").setInitialMax(files)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .build();
  }

  private static final class Counter {
    int n;
  }

  /**
   * Receives articles from the reader, analyses them on the pool, and writes the records in
   * the order the articles came, keeping at most {@code window} in flight.
   */
  private static final class Ordered implements ArticleSink {
    private final Pipeline pipeline;
    private final ExecutorService pool;
    private final RecordWriter writer;
    private final PrintStream out;
    private final int window;
    private final Counter skipped;
    private final Deque<Pending> pending = new ArrayDeque<>();

    private record Pending(String source, Future<Article> record) {}

    Ordered(Pipeline pipeline, ExecutorService pool, RecordWriter writer, PrintStream out, int window, Counter skipped) {
      this.pipeline = pipeline;
      this.pool = pool;
      this.writer = writer;
      this.out = out;
      this.window = window;
      this.skipped = skipped;
    }

    @Override
    public void article(RawArticle article) {
      pending.add(new Pending(article.source(), pool.submit(() -> pipeline.analyze(article))));
      drain(window);
    }

    @Override
    public void problem(String where, String what) {
      System.err.println(where + ": " + what);
      skipped.n++;
    }

    @Override
    public void note(String where, String what) {
      System.err.println(where + ": " + what);
    }

    /** Writes finished records, oldest first, until no more than {@code keep} are pending. */
    void drain(int keep) {
      while (pending.size() > keep) {
        Pending p = pending.poll();
        try {
          writer.write(p.record().get(), out);
        } catch (ExecutionException e) {
          // a failure of analysis loses this article only; say which and why
          problem(p.source(), "analysis failed: " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing records", e);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
  }

  /** Standard output that stays open when the writer over it is closed. */
  private static final class KeepOpen extends java.io.FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
