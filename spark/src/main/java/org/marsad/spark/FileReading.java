package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.marsad.doc.Json;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import scala.Tuple2;

/**
 * Reads one input file on an executor, through the same {@link ArticleReader} as
 * {@code marsad analyze}, into raw articles keyed by their source, each carried as its JSON
 * (the form it crosses the shuffle in, whatever fields {@link RawArticle} gains). A JSONL file is
 * read a line at a time as the task asks, so a dump of any size streams; any other file is read
 * whole, as the reader does: in place on a local file system, from a local copy elsewhere. The
 * source of a local file is its path, as {@code marsad analyze} gives it for an absolute path;
 * elsewhere, its full URI.
 */
final class FileReading {

  private FileReading() {}

  static Iterator<Tuple2<String, String>> read(String file, Configuration conf, Tally tally) {
    Path path = new Path(file);
    boolean local = "file".equals(path.toUri().getScheme());
    String where = local ? Paths.get(path.toUri()).toString() : path.toString();
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (ArticleReader.isJsonl(path.getName())) {
        return new JsonlLines(where, fs.open(path), tally);
      }
      if (local) {
        Collected c = new Collected(null, where, tally);
        PerExecutor.reader().read(Paths.get(path.toUri()), c);
        return c.articles.iterator();
      }
      return readCopy(fs, path, where, tally);
    } catch (IOException | UncheckedIOException e) {
      tally.problem(where, "cannot read: " + oneLine(e));
      return List.<Tuple2<String, String>>of().iterator();
    }
  }

  /** A file on a remote file system, read from a copy under its own name (the reader tells kinds by name). */
  private static Iterator<Tuple2<String, String>> readCopy(FileSystem fs, Path path, String where, Tally tally)
      throws IOException {
    java.nio.file.Path dir = Files.createTempDirectory("marsad-spark");
    try {
      java.nio.file.Path copy = dir.resolve(path.getName());
      try (InputStream in = fs.open(path)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      Collected c = new Collected(copy.toString(), where, tally);
      PerExecutor.reader().read(copy, c);
      return c.articles.iterator();
    } finally {
      try (Stream<java.nio.file.Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Tuple2<String, String> keyed(RawArticle a, String copy, String where) {
    ObjectNode json = Json.MAPPER.valueToTree(a);
    String source = a.source();
    if (copy != null && source.startsWith(copy)) {
      source = where + source.substring(copy.length());
      json.put("source", source);
    }
    try {
      return new Tuple2<>(source, Json.MAPPER.writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a raw article is plain JSON", e);
    }
  }

  private static String oneLine(Exception e) {
    return e.toString().replaceAll("\\s+", " ");
  }

  /** Collects what the reader gives for one file, names a local copy by the original. */
  private static final class Collected implements ArticleSink {
    private final String copy;
    private final String where;
    private final Tally tally;
    final List<Tuple2<String, String>> articles = new ArrayList<>();

    Collected(String copy, String where, Tally tally) {
      this.copy = copy;
      this.where = where;
      this.tally = tally;
    }

    @Override
    public void article(RawArticle article) {
      tally.read.add(1);
      articles.add(keyed(article, copy, where));
    }

    @Override
    public void problem(String at, String what) {
      tally.problem(renamed(at), what);
    }

    @Override
    public void note(String at, String what) {
      tally.note(renamed(at), what);
    }

    private String renamed(String at) {
      return copy != null && at.startsWith(copy) ? where + at.substring(copy.length()) : at;
    }
  }

  /** The articles of a JSONL file, a line read each time the task asks for more. */
  private static final class JsonlLines implements Iterator<Tuple2<String, String>> {
    private final String where;
    private final BufferedReader lines;
    private final Tally tally;
    private final Deque<Tuple2<String, String>> ready = new ArrayDeque<>();
    private final Collected sink;
    private int n;
    private boolean done;

    JsonlLines(String where, InputStream in, Tally tally) {
      this.where = where;
      this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      this.tally = tally;
      this.sink = new Collected(null, where, tally);
      TaskContext task = TaskContext.get();
      if (task != null) {
        // a task killed halfway still closes the file
        task.addTaskCompletionListener((TaskCompletionListener) t -> close());
      }
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !done) {
        String line;
        try {
          line = lines.readLine();
        } catch (IOException e) {
          tally.problem(where, "cannot read past line " + n + ": " + oneLine(e));
          line = null;
        }
        if (line == null) {
          close();
          break;
        }
        n++;
        PerExecutor.reader().readJsonlLine(where, n, line, sink);
        ready.addAll(sink.articles);
        sink.articles.clear();
      }
      return !ready.isEmpty();
    }

    @Override
    public Tuple2<String, String> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void close() {
      done = true;
      try {
        lines.close();
      } catch (IOException e) {
        // read to its end or abandoned: nothing is lost by a failed close
      }
    }
  }
}
