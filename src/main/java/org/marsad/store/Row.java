package org.marsad.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.marsad.doc.Json;

/**
 * A search result as its row shows it, and the text its passage is marked in: read from a
 * stored record with Jackson's streaming parser, which stops once it has them. A record lists
 * these fields before its layers (entities, quotations, events), so the layers, most of a
 * record's length, are never parsed; a record in another order is read further, skipping what
 * a row does not show.
 */
record Row(Summary summary, String text) {

  /** The fields read: id, source, title, published, credits, text. */
  private static final int FIELDS = 6;

  static Row of(String record) {
    try (JsonParser p = Json.MAPPER.createParser(record)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("a stored record is not a JSON object");
      }
      String id = null;
      String source = null;
      String title = null;
      String published = null;
      String firstCredit = null;
      String text = null;
      int read = 0;
      while (read < FIELDS && p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "id" -> id = p.getValueAsString();
          case "source" -> source = p.getValueAsString();
          case "title" -> title = p.getValueAsString();
          case "published" -> published = p.getValueAsString();
          case "text" -> text = p.getValueAsString();
          case "credits" -> firstCredit = firstString(p, value);
          default -> {
            p.skipChildren();
            continue;
          }
        }
        read++;
      }
      return new Row(new Summary(id, source, title, published, Hit.outlet(firstCredit, source)), text == null ? "" : text);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored record cannot be read: " + e.getMessage(), e);
    }
  }

  /** The first string of an array (the parser left past its end), null when it has none. */
  private static String firstString(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    String first = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (first == null && t == JsonToken.VALUE_STRING) {
        first = p.getText();
      }
      p.skipChildren();
    }
    return first;
  }
}
