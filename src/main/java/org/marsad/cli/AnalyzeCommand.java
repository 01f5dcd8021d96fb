package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.doc.Article;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad analyze}: articles in, one document record each out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Reads articles (files or folders) and writes one record per article.")
public final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "jsonl", description = "output format: jsonl (default)")
  String format;

  @Option(names = "--out", description = "write here instead of standard output; replaced when the run ends")
  Path out;

  @Override
  public Integer call() throws IOException {
    RecordWriter writer = RecordWriters.forName(format);
    Pipeline pipeline = Pipeline.standard();
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    Path tmp = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".marsad-", ".part");
    int skipped = 0;
    try (OutputStream os = tmp == null ? OutputStreamNoClose.of(System.out) : Files.newOutputStream(tmp);
        PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8)) {
      writer.begin(ps);
      for (Path f : files) {
        String text;
        try {
          text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
          System.err.println(f + ": cannot read: " + e.getMessage());
          skipped++;
          continue;
        }
        Article a = pipeline.analyze(new RawArticle(f.toString(), text, Given.NONE));
        writer.write(a, ps);
      }
      writer.end(ps);
    }
    if (tmp != null) {
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return skipped == 0 ? 0 : 1;
  }

  /** Standard output that stays open when the writer over it is closed. */
  private static final class OutputStreamNoClose extends java.io.FilterOutputStream {
    private OutputStreamNoClose(OutputStream out) {
      super(out);
    }

    static OutputStream of(OutputStream out) {
      return new OutputStreamNoClose(out);
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
