package org.marsad.events;

/**
 * A run of tokens [{@code first}, {@code last}] of a sentence naming one party: a country, a
 * person or body of it, or its adjective ("وزير الخارجية الروسي، سيرغي لافروف" is one), or a
 * sector of people named by what they are ("مسلحون مجهولون"، "الشرطة العراقية").
 * {@code code} is the country code, null where the words tie the party to none ({@link #BOTH}
 * for "البلدين" and its like); {@code entity} the entity id, null for "both" and for a party
 * named by its sector alone; {@code person} whether a person is named; {@code nisba} whether it
 * is a relational adjective ("الروسية"); {@code conjoined} whether it begins with و;
 * {@code sector} its CAMEO agent code, or null; {@code from} the first token of the words that
 * name it, titles and sector words before {@code first} included, -1 for a party the sentence
 * does not name in words (the speaker of "نرفض", the two sides of a dual verb); {@code counted}
 * whether a number counts it ("11 مسلحا"، "ثلاثة جنود").
 */
record Participant(int first, int last, String code, String entity, boolean person, boolean nisba,
    boolean conjoined, String sector, int from, boolean counted) {

  /** The code of a word that names both parties of the article's meeting. */
  static final String BOTH = "*";

  /** A party the sentence implies rather than names in words. */
  Participant(int first, int last, String code, String entity, boolean person, boolean nisba, boolean conjoined) {
    this(first, last, code, entity, person, nisba, conjoined, null, -1, false);
  }

  boolean both() {
    return BOTH.equals(code);
  }

  /** Whether both name the same country (a party tied to none shares it with no one). */
  boolean sameCountry(Participant other) {
    return code != null && code.equals(other.code());
  }

  /** Whether it names a country ({@code code}) rather than only people by their sector. */
  boolean coded() {
    return code != null;
  }
}
