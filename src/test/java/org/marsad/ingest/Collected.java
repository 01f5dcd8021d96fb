package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;

/** Test helper: an {@link ArticleSink} that keeps what it is given, problems and notes as "where: what". */
final class Collected implements ArticleSink {

  final List<RawArticle> articles = new ArrayList<>();
  final List<String> problems = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  @Override
  public void article(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void problem(String where, String what) {
    problems.add(where + ": " + what);
  }

  @Override
  public void note(String where, String what) {
    notes.add(where + ": " + what);
  }

  /** Every article read, cleaned. */
  List<CleanArticle> cleaned() {
    return articles.stream().map(Pages.CLEANER::clean).toList();
  }

  /** The only article read, cleaned. */
  CleanArticle only() {
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, read " + articles.size() + "; problems: " + problems);
    }
    return Pages.CLEANER.clean(articles.get(0));
  }
}
