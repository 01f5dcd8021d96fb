package org.marsad.doc;

/** Who acts or is acted on in an event: a country code and the entity id (either may be null). */
public record Party(String code, String entity) {}
