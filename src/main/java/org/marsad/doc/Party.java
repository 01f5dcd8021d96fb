package org.marsad.doc;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who acts or is acted on in an event: {@code code} the country (ISO 3166-1 alpha-3) or null where
 * the text ties them to none; {@code sector} a CAMEO agent code for who they are within it
 * ({@code GOV}, {@code MIL}, {@code COP}, {@code REB}, {@code UAF}, {@code CVL}...), null for the
 * state as a whole; {@code entity} the id of the entity named, if any; {@code text} the words that
 * name them, as written.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Party(String code, String sector, String entity, String text) {

  /** A state, or a named entity of it, with no sector and no words. */
  public Party(String code, String entity) {
    this(code, null, entity, null);
  }
}
