package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.doc.Article;
import org.marsad.ingest.Cleaner;
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

  @Option(names = "--max-chars", paramLabel = "N",
      description = "characters of an article's text kept; the rest is cut, with a warning (default: ${DEFAULT-VALUE})")
  int maxChars = Cleaner.MAX_TEXT;

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
    if (maxChars < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars must be at least 1");
    }
    if (out != null && (Files.isDirectory(out) || !Files.isDirectory(out.toAbsolutePath().getParent()))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out " + out + ": " + (Files.isDirectory(out) ? "is a folder" : "its folder does not exist"));
    }
    Path tmp = out == null ? null
        : Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName() + ".", ".part");
    boolean done = false;
    // no bar when the records themselves go to the terminal: they would mix
    boolean progress = tmp != null || stdout != System.out || !Batch.isTerminal(1);
    Batch<Article> batch = new Batch<>("analyze", threads, stdin, stderr, progress);
    Pipeline pipeline = Pipeline.standard(maxChars);
    int[] written = {0};
    try (OutputStream os = tmp == null ? new KeepOpen(stdout) : Files.newOutputStream(tmp);
        PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8)) {
      writer.begin(ps);
      batch.run(paths, pipeline::analyze, record -> {
        writer.write(record, ps);
        written[0]++;
      });
      writer.end(ps);
      ps.flush();
      if (ps.checkError()) {
        throw new IOException("writing the records failed");
      }
      done = true;
    } finally {
      if (tmp != null) {
        if (done && written[0] == 0 && batch.skipped() > 0 && Files.exists(out)) {
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
    return batch.skipped() == 0 ? 0 : 1;
  }
}
