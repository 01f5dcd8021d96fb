package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
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

  /** Where JSONL comes from for "-", the records go (without --out), and problems are told. */
  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintStream stderr;

  public AnalyzeCommand() {
    this(System.in, System.out, System.err);
  }

  /** An analyze command on other streams than the process's own (for tests, for embedding). */
  public AnalyzeCommand(InputStream stdin, OutputStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

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
    if (out != null && (Files.isDirectory(out) || !Files.isDirectory(out.toAbsolutePath().getParent()))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out " + out + ": " + (Files.isDirectory(out) ? "is a folder" : "its folder does not exist"));
    }
    List<Path> files = new ArrayList<>();
    Counter skipped = new Counter();
    boolean readStdin = false;
    for (String p : paths) {
      if (p.equals("-")) {
        readStdin = true;
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        stderr.println(p + ": no such file or folder");
        skipped.n++;
        continue;
      }
      try {
        files.addAll(ArticleReader.files(path));
      } catch (IOException e) {
        stderr.println(p + ": cannot list: " + e.getMessage());
        skipped.n++;
      }
    }

    Path tmp = out == null ? null
        : Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName() + ".", ".part");
    boolean done = false;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Ordered ordered = null;
    try (OutputStream os = tmp == null ? new KeepOpen(stdout) : Files.newOutputStream(tmp);
        PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8);
        ProgressBar bar = stderr == System.err && (tmp != null || stdout != System.out || !isTerminal(1))
            ? progressBar(files.size()) : null) {
      ordered = new Ordered(Pipeline.standard(), pool, writer, ps, 4 * threads, skipped, stderr);
      writer.begin(ps);
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
      writer.end(ps);
      ps.flush();
      if (ps.checkError()) {
        throw new IOException("writing the records failed");
      }
      done = true;
    } finally {
      pool.shutdownNow();
      if (tmp != null) {
        if (done && ordered.written == 0 && skipped.n > 0 && Files.exists(out)) {
          // nothing could be read: an earlier run's records are worth more than an empty file
          stderr.println(out + ": no record written; left as it was");
          done = false;
        }
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
    if (files <= 1 || !isTerminal(2)) {
      return null;
    }
    // a fixed width: asking the terminal for its width loads native code, with warnings
    return new ProgressBarBuilder().setTaskName("analyze").setInitialMax(files)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err, BAR_WIDTH))
        .build();
  }

  /**
   * Whether standard output (1) or error (2) is a terminal. Java cannot ask that of one stream;
   * on Linux the process's file table says where it goes. Elsewhere a console means a person
   * is watching. No bar when the records themselves go to the terminal: they would mix.
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

  private static final int BAR_WIDTH = 100;

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
    private final PrintStream stderr;
    private final Deque<Pending> pending = new ArrayDeque<>();
    int written;

    private record Pending(String source, Future<Article> record) {}

    Ordered(Pipeline pipeline, ExecutorService pool, RecordWriter writer, PrintStream out, int window, Counter skipped,
        PrintStream stderr) {
      this.stderr = stderr;
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
      stderr.println(where + ": " + what);
      skipped.n++;
    }

    @Override
    public void note(String where, String what) {
      stderr.println(where + ": " + what);
    }

    /** Writes finished records, oldest first, until no more than {@code keep} are pending. */
    void drain(int keep) {
      while (pending.size() > keep) {
        Pending p = pending.poll();
        try {
          writer.write(p.record().get(), out);
          written++;
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
