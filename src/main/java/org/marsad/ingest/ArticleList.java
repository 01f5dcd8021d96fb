package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A sink that keeps what a reader gives it, for callers that read one input and then decide:
 * the articles, and what could not be read (notes on what was read are passed over). Not
 * thread-safe: one reader at a time.
 */
public final class ArticleList implements ArticleSink {

  private final List<RawArticle> articles = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  @Override
  public void article(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void problem(String where, String what) {
    problems.add(what);
  }

  @Override
  public void note(String where, String what) {
    // a remark on an input that was read: nothing to keep
  }

  /** The articles read, in order. */
  public List<RawArticle> articles() {
    return articles;
  }

  /** What could not be read, each as the reader said it. */
  public List<String> problems() {
    return problems;
  }
}
