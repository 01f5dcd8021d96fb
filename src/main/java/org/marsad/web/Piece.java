package org.marsad.web;

/**
 * A stretch of an article's text and what covers all of it: at most one entity mention (its id,
 * type, and whether by a nisba adjective rather than a name), a time expression (its value), a
 * quotation (its speaker) and an event sentence (its type). Null where nothing of that layer
 * covers it. The article page prints one element a piece.
 */
public record Piece(String text, String entity, String entityType, boolean adjective, String timex, Quoted quote,
    String event) {

  /** A quotation covering a piece: who said it (null when unresolved) and whether in quotation marks. */
  public record Quoted(String speaker, String speakerName, boolean direct) {}

  public boolean plain() {
    return entity == null && timex == null && quote == null && event == null;
  }

  /** The layer classes of the piece's element: "ent ent-PERSON q ev"... */
  public String classes() {
    StringBuilder b = new StringBuilder();
    if (entity != null) {
      b.append("ent ent-").append(entityType == null ? "MISC" : entityType).append(adjective ? " ent-adjective " : " ");
    }
    if (timex != null) {
      b.append("tx ");
    }
    if (quote != null) {
      b.append(quote.direct() ? "q q-direct " : "q q-reported ");
    }
    if (event != null) {
      b.append("ev ");
    }
    return b.toString().strip();
  }
}
