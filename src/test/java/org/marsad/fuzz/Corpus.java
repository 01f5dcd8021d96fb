package org.marsad.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the fuzzer starts from: the project's own articles ({@code samples/}, texts and saved
 * pages), and the real seeds of {@code ../shared/seeds} when that folder is there (they are
 * not needed: without them the fuzzer starts from ours alone). The sets read by their figures
 * only ({@code src/test/resources/fuzz/figures-only.tsv}) are left out: a failing property prints the paragraph
 * it failed on.
 */
record Corpus(List<String> texts, List<String> pages) {

  static final Corpus PROJECT = load(Path.of("samples"), Path.of(System.getProperty("marsad.shared", "../shared"), "seeds"),
      Path.of("src", "test", "resources", "fuzz", "figures-only.tsv"));

  /** The articles under {@code samples} and {@code seeds}, less the folders of {@code samples} that {@code figuresOnlyList} names. */
  static Corpus load(Path samples, Path seeds, Path figuresOnlyList) {
    Set<Path> closed = figuresOnly(samples, figuresOnlyList);
    List<String> texts = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    for (Path dir : List.of(samples, seeds)) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).filter(f -> closed.stream().noneMatch(f::startsWith))
            .sorted().toList()) {
          String name = f.getFileName().toString();
          // a page in another encoding than UTF-8 comes in with replacement characters: odd input too
          String content = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          if (name.endsWith(".txt")) {
            texts.add(content);
          } else if (name.endsWith(".html")) {
            pages.add(content);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (texts.isEmpty() || pages.isEmpty()) {
      throw new IllegalStateException("no articles to fuzz from under " + samples.toAbsolutePath());
    }
    return new Corpus(List.copyOf(texts), List.copyOf(pages));
  }

  /** The folders under {@code dir} that {@code list} names, one a line ({@code #} comments); none without the file. */
  private static Set<Path> figuresOnly(Path dir, Path list) {
    if (!Files.isRegularFile(list)) {
      return Set.of();
    }
    try {
      return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(dir::resolve).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
