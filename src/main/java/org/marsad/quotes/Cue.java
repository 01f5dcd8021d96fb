package org.marsad.quotes;

import org.marsad.text.Clitics;

/**
 * A reporting word found in the text: words {@code [token, end)} (the verb with the
 * preposition and particle it takes, "أشار إلى أن"), written at characters
 * {@code [start, stop)} without its conjunction; the verb it belongs to (normalised), who it
 * says speaks, and its kind.
 */
record Cue(int token, int end, int start, int stop, String text, String verb, Gender gender, Kind kind) {

  /** Who a reporting word says is speaking, from its ending. */
  enum Gender {
    MASCULINE, FEMININE, PLURAL, UNMARKED;

    static Gender of(String code) {
      return switch (code) {
        case "m" -> MASCULINE;
        case "f" -> FEMININE;
        case "p" -> PLURAL;
        default -> UNMARKED;
      };
    }

    /**
     * The gender a past-tense verb's ending shows (normalised, conjunction and all): feminine for
     * -ت ("رفضت"), plural for -وا ("رفضوا"), else unmarked. A root ending in ت with three letters
     * ("ثبت") shows nothing.
     */
    static Gender ofPastVerb(String word) {
      String w = Clitics.opensWithConjunction(word) ? word.substring(1) : word;
      if (w.length() > 3 && w.endsWith("ت")) {
        return FEMININE;
      }
      return w.length() > 3 && w.endsWith("وا") ? PLURAL : UNMARKED;
    }

    /** Whether a speaker known to be {@code other} can be the one this form speaks of. */
    boolean fits(Gender other) {
      return this == UNMARKED || other == UNMARKED || this == other;
    }
  }

  enum Kind {
    /** a finite verb: its subject follows it, or is the pronoun */
    VERB,
    /** a circumstantial participle ("مؤكدا"): the speaker is the one of the clause before */
    PARTICIPLE,
    /** a phrase naming the source ("بحسب"): the source follows it */
    SOURCE,
    /** a verb of passing words on ("نقلت الوكالة عن الوزير"): the speaker follows عن */
    RELAY
  }
}
