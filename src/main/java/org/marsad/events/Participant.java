package org.marsad.events;

/**
 * A run of tokens [{@code first}, {@code last}] of a sentence naming one party: a country, a
 * person or body of it, or its adjective ("وزير الخارجية الروسي، سيرغي لافروف" is one).
 * {@code code} is the country code ({@link #BOTH} for "البلدين" and its like); {@code entity}
 * the entity id, null for "both"; {@code person} whether a person is named; {@code nisba}
 * whether it is a relational adjective ("الروسية"); {@code conjoined} whether it begins with و.
 */
record Participant(int first, int last, String code, String entity, boolean person, boolean nisba,
    boolean conjoined) {

  /** The code of a word that names both parties of the article's meeting. */
  static final String BOTH = "*";

  boolean both() {
    return BOTH.equals(code);
  }
}
