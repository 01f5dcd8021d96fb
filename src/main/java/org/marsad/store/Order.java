package org.marsad.store;

/** The order results come in. Relevance without words to rank by is newest first. */
public enum Order {
  /** BM25 score, best first. */
  RELEVANCE,
  /** Publication date, newest first; undated last. */
  NEWEST,
  /** Publication date, oldest first; undated last. */
  OLDEST
}
