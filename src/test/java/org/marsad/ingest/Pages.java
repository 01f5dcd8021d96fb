package org.marsad.ingest;

import java.util.Arrays;
import java.util.List;

/** Test helper: cleans a page given as lines, with one Cleaner for all tests (it only reads its data). */
final class Pages {

  static final Cleaner CLEANER = new Cleaner();

  private Pages() {}

  /** The page made of {@code lines}, one a line, cleaned. */
  static CleanArticle clean(String... lines) {
    return CLEANER.clean(new RawArticle("test.txt", String.join("\n", lines), Given.NONE));
  }

  /** The paragraphs of a cleaned text. */
  static List<String> paragraphs(CleanArticle a) {
    return a.text().isEmpty() ? List.of() : Arrays.asList(a.text().split("\n\n"));
  }

  /** Reads an HTML page and cleans it, as {@code marsad analyze} does with a saved page. */
  static final class Reading {
    CleanArticle clean(String html) {
      return CLEANER.clean(HtmlExtractor.extract("page.html", html, List.of()));
    }
  }

  /** The text of each caption span. */
  static List<String> captions(CleanArticle a) {
    return a.captions().stream().map(s -> a.text().substring(s.start(), s.end())).toList();
  }
}
