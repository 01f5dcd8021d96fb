package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Readings of a normalised Arabic word with its proclitics split off, for dictionary lookup:
 * the conjunctions و and ف, then the prepositions ب, ل and ك; ل before the article (لل)
 * gives back the article ("للولايات" → "الولايات"). Each reading says how many characters of
 * the word the clitics took. Stems shorter than two letters are not offered.
 */
public final class Clitics {

  private static final int MIN_STEM = 2;

  private Clitics() {}

  /** A reading: {@code form} is what is looked up; {@code prefix} the clitic letters taken. */
  public record Reading(int prefix, String form) {}

  /** The word itself first, then shorter readings. Input must be normalised. */
  public static List<Reading> readings(String word) {
    List<Reading> out = new ArrayList<>(4);
    out.add(new Reading(0, word));
    int conj = 0;
    if (word.length() > MIN_STEM + 1 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
      conj = 1;
      out.add(new Reading(1, word.substring(1)));
    }
    for (int c = 0; c <= conj; c++) {
      String rest = word.substring(c);
      if (rest.length() <= MIN_STEM + 1) {
        continue;
      }
      char p = rest.charAt(0);
      if (p == 'ل' && rest.charAt(1) == 'ل') {
        out.add(new Reading(c + 1, "ا" + rest.substring(1)));
        out.add(new Reading(c + 2, rest.substring(2)));
      } else if (p == 'ب' || p == 'ل' || p == 'ك') {
        out.add(new Reading(c + 1, rest.substring(1)));
      }
    }
    return out;
  }

  /**
   * The word without the article ال where a stem of three letters or more remains ("الشرطة" →
   * "شرطة"; "الان" stays), else the word. Input must be normalised.
   */
  public static String withoutArticle(String form) {
    return hasArticle(form) ? form.substring(2) : form;
  }

  /** Whether a normalised word begins with the article ال before a stem of three letters or more. */
  public static boolean hasArticle(String form) {
    return form.length() > MIN_STEM + 2 && form.startsWith("ال");
  }

  /**
   * The forms a word is looked up by in a word list written without proclitics or article: each
   * reading, then each reading without the article ("وللشرطة" → وللشرطة، للشرطة، الشرطة، شرطة).
   */
  public static List<String> stems(String word) {
    List<String> out = new ArrayList<>(6);
    for (Reading r : readings(word)) {
      out.add(r.form());
    }
    for (Reading r : readings(word)) {
      if (hasArticle(r.form())) {
        out.add(r.form().substring(2));
      }
    }
    return out;
  }
}
