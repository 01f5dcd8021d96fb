package org.marsad.entities.ner;

/**
 * What the knowledge base says about a word, as one bit each in the flags the model reads
 * ({@link WordClasses}): inside a known name of each type (first word or later word), a
 * country's nisba adjective, inside an office or title phrase, a given name, an everyday word.
 */
public enum WordClass {
  PERSON_FIRST, PERSON_INSIDE, PLACE_FIRST, PLACE_INSIDE, ORG_FIRST, ORG_INSIDE, MISC_FIRST, MISC_INSIDE,
  NISBA, OFFICE, TITLE, GIVEN_NAME, COMMON_WORD,
  /** A word of some person's name in the knowledge base: first word, or a later one. */
  PERSON_NAME_FIRST_WORD, PERSON_NAME_LATER_WORD;

  /**
   * The flags that say a word is in a name the knowledge base holds (a known name of each type, a
   * word of a known person's name), unlike those of kinds of words (nisba, office, title, given
   * name, everyday word): what the trainer's knowledge-base dropout leaves out.
   */
  public static final int KNOWN_NAMES = PERSON_FIRST.bit() | PERSON_INSIDE.bit() | PLACE_FIRST.bit()
      | PLACE_INSIDE.bit() | ORG_FIRST.bit() | ORG_INSIDE.bit() | MISC_FIRST.bit() | MISC_INSIDE.bit()
      | PERSON_NAME_FIRST_WORD.bit() | PERSON_NAME_LATER_WORD.bit();

  public int bit() {
    return 1 << ordinal();
  }

  public boolean in(int flags) {
    return (flags & bit()) != 0;
  }
}
