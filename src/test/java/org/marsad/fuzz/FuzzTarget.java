package org.marsad.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.doc.Article;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

/**
 * Runs one input through what {@code marsad analyze} does with a file: read it (any form),
 * analyse each article read, and check every record by {@link Invariants}. The work runs on a
 * thread with a small stack ({@link #STACK}): code whose stack grows with its input fails here
 * on inputs of a few thousand characters, long before it would on the launcher's larger stack.
 */
final class FuzzTarget {

  /** Half a megabyte: the launcher gives 4 MB, so anything that needs more than this grows with the input. */
  static final long STACK = 512 * 1024;

  private final Pipeline pipeline;
  private final ArticleReader reader = new ArticleReader();
  private final Path dir;

  FuzzTarget(Pipeline pipeline) {
    this.pipeline = pipeline;
    try {
      this.dir = Files.createTempDirectory("marsad-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    dir.toFile().deleteOnExit();
  }

  /** What came of one input: articles analysed and problems reported (a problem is an answer, not a failure). */
  record Outcome(List<Article> articles, List<String> problems) {}

  /**
   * The text an article must be made of: the characters of {@code text} but for at most
   * {@code changed} of them (where bytes were damaged), for the article from {@code source}
   * (null: any article of the file).
   */
  record Plain(String text, String source, int changed) {}

  /** Reads and analyses {@code bytes} as a file named {@code name}; throws what escapes, or a broken invariant. */
  Outcome run(String name, byte[] bytes) {
    return run(name, bytes, null);
  }

  /** As {@link #run(String, byte[])}, the article {@code plain} names made of its characters. */
  Outcome run(String name, byte[] bytes, Plain plain) {
    AtomicReference<Outcome> outcome = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        outcome.set(runHere(name, bytes, plain));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "fuzz", STACK);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure.get() instanceof AssertionError a) {
      throw a;
    }
    if (failure.get() != null) {
      throw new AssertionError(name + ": escaped: " + failure.get(), failure.get());
    }
    return outcome.get();
  }

  private Outcome runHere(String name, byte[] bytes, Plain plain) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      reader.read(file, new ArticleSink() {
        @Override
        public void article(RawArticle raw) {
          Article a = pipeline.analyze(raw);
          Invariants.check(a, raw);
          if (plain != null && (plain.source() == null || plain.source().equals(raw.source()))) {
            Invariants.checkCharacters(raw.source(), a.text(), plain.text(), plain.changed());
          }
          articles.add(a);
        }

        @Override
        public void problem(String where, String what) {
          problems.add(where + ": " + what);
        }

        @Override
        public void note(String where, String what) {}
      });
    } finally {
      Files.deleteIfExists(file);
    }
    return new Outcome(articles, problems);
  }
}
