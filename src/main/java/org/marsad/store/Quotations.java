package org.marsad.store;

/**
 * Who said what: a quotation as the archive lists it ({@link StoreReader#quotations}). Which
 * quotations a request finds is decided by the keys each is indexed with ({@link Units}): by its
 * speaker's every name, and about the entities its words name or a name in its words.
 */
public final class Quotations {

  private Quotations() {}

  /** One quotation with where and when it was published, and the id of the article that carries it. */
  public record Said(String speaker, String text, boolean direct, String outlet, String date, String source,
      String article) {}
}
