package org.marsad.ingest;

/** Where a reader puts what it read: articles, and what it could not read. */
public interface ArticleSink {

  void article(RawArticle article);

  /** An input, one line of it or its end was skipped: {@code where} names the file (and line). */
  void problem(String where, String what);

  /** An input was read, with a remark worth a line on standard error. */
  void note(String where, String what);
}
