package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readings of a normalised Arabic word with its proclitics split off, for dictionary lookup:
 * a conjunction (و, ف), then a preposition (ب, ل, ك), as {@code text/affixes.tsv} lists them
 * ({@link Affixes}); ل before the article (لل) gives back the article ("للولايات" →
 * "الولايات"). Each reading says how many characters of the word the clitics took. Stems shorter than two letters are not offered. The lists are
 * kept once made (every layer asks for the same words), and cannot be changed.
 */
public final class Clitics {

  private static final int MIN_STEM = 2;
  /** The conjunctions and prepositions of one letter, and the article, of affixes.tsv. */
  private static final String CONJUNCTIONS = String.join("", Affixes.of(Affixes.Kind.CONJUNCTION));
  private static final String PREPOSITIONS = String.join("", Affixes.of(Affixes.Kind.PREPOSITION));
  private static final String ARTICLE = Affixes.of(Affixes.Kind.ARTICLE).get(0);
  /** The preposition that, written before the article, takes its alef: ل + ال is written لل. */
  private static final char LAM = 'ل';
  /** ل written on the article, which takes its alef: لل. */
  private static final String LAM_ON_ARTICLE = LAM + ARTICLE.substring(1);
  /** Each preposition of one letter written on the article: بال، لل، كال. */
  private static final List<String> ON_ARTICLE = PREPOSITIONS.chars()
      .mapToObj(p -> p == LAM ? LAM + ARTICLE.substring(1) : (char) p + ARTICLE).toList();
  /** Words kept at most; the memory is emptied when full. Longer "words" (a run without spaces) are not kept. */
  private static final int KEPT = 50_000;
  private static final int LONGEST_KEPT = 40;
  private static final Map<String, List<Reading>> READINGS = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> STEMS = new ConcurrentHashMap<>();

  private Clitics() {}

  /** A reading: {@code form} is what is looked up; {@code prefix} the clitic letters taken. */
  public record Reading(int prefix, String form) {}

  /** The word itself first, then shorter readings. Input must be normalised. */
  public static List<Reading> readings(String word) {
    List<Reading> out = READINGS.get(word);
    if (out == null) {
      out = kept(READINGS, word, readingsOf(word));
    }
    return out;
  }

  private static <T> List<T> kept(Map<String, List<T>> memory, String word, List<T> value) {
    List<T> kept = List.copyOf(value);
    if (word.length() <= LONGEST_KEPT) {
      if (memory.size() >= KEPT) {
        memory.clear();
      }
      memory.put(word, kept);
    }
    return kept;
  }

  private static List<Reading> readingsOf(String word) {
    List<Reading> out = new ArrayList<>(4);
    out.add(new Reading(0, word));
    int conj = 0;
    if (word.length() > MIN_STEM + 1 && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0) {
      conj = 1;
      out.add(new Reading(1, word.substring(1)));
    }
    for (int c = 0; c <= conj; c++) {
      String rest = word.substring(c);
      if (rest.length() <= MIN_STEM + 1) {
        continue;
      }
      char p = rest.charAt(0);
      if (p == LAM && rest.charAt(1) == LAM) {
        out.add(new Reading(c + 1, ARTICLE.charAt(0) + rest.substring(1)));
        out.add(new Reading(c + 2, rest.substring(2)));
      } else if (PREPOSITIONS.indexOf(p) >= 0) {
        out.add(new Reading(c + 1, rest.substring(1)));
      }
    }
    return out;
  }

  /** Whether a normalised word opens with a preposition of one letter of affixes.tsv ("بالفساد"، "لها"، "كبديل"). */
  public static boolean opensWithPreposition(String word) {
    return !word.isEmpty() && PREPOSITIONS.indexOf(word.charAt(0)) >= 0;
  }

  /**
   * The word without a preposition of one letter where more than {@value #MIN_STEM} letters
   * remain ("لتعزيز" → "تعزيز"; "لها" stays), else the word. Input must be normalised.
   */
  public static String withoutPreposition(String word) {
    return opensWithPreposition(word) && word.length() > MIN_STEM + 1 ? word.substring(1) : word;
  }

  /** Whether a normalised word opens with a conjunction of affixes.tsv ("وقال"، "فأكد"). */
  public static boolean opensWithConjunction(String word) {
    return !word.isEmpty() && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0;
  }

  /**
   * Whether the article stands just before {@code stem} at the end of a normalised word, alone or
   * under ل that takes its alef ("الحركة"، "والحركة"، "للحركة" for "حركة").
   */
  public static boolean articleBefore(String word, String stem) {
    return word.endsWith(ARTICLE + stem) || word.endsWith(LAM + ARTICLE.substring(1) + stem);
  }

  /**
   * Whether a normalised word opens with a preposition of one letter written on the article
   * ("بالعاصمة"، "للحكومة"، "كالعادة"), with no conjunction before it.
   */
  public static boolean opensWithPrepositionOnArticle(String word) {
    for (String p : ON_ARTICLE) {
      if (word.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a normalised word opens with the letters of the article, whatever follows it: also
   * "الذي" and "الي", which {@link #hasArticle} leaves out for their short stem.
   */
  public static boolean opensWithArticle(String word) {
    return word.startsWith(ARTICLE);
  }

  /** Whether a normalised word opens with ل written on the article, which takes its alef ("للحزب"). */
  public static boolean opensWithLamOnArticle(String word) {
    return word.startsWith(LAM_ON_ARTICLE);
  }

  /** The word with ل on the article taken off and the article given back ("للحزب" → "الحزب"), else the word. */
  public static String articleForLam(String word) {
    return opensWithLamOnArticle(word) ? ARTICLE + word.substring(LAM_ON_ARTICLE.length()) : word;
  }

  /**
   * The word without the article ال where a stem of three letters or more remains ("الشرطة" →
   * "شرطة"; "الان" stays), else the word. Input must be normalised.
   */
  public static String withoutArticle(String form) {
    return hasArticle(form) ? form.substring(ARTICLE.length()) : form;
  }

  /** Whether a normalised word begins with the article ال before a stem of three letters or more. */
  public static boolean hasArticle(String form) {
    return form.length() > MIN_STEM + ARTICLE.length() && form.startsWith(ARTICLE);
  }

  /**
   * The word without the article and without a conjunction written on it ("والشرطة" → "شرطة"،
   * "فالحكومة" → "حكومة"), else the word. Input must be normalised.
   */
  public static String withoutDefinite(String form) {
    boolean joined = opensWithConjunction(form) && hasArticle(form.substring(1));
    return withoutArticle(joined ? form.substring(1) : form);
  }

  /** Whether a normalised word carries the article, after a conjunction or not ("الشرطة"، "والشرطة"). */
  public static boolean definite(String form) {
    return hasArticle(form) || opensWithConjunction(form) && hasArticle(form.substring(1));
  }

  /**
   * The forms a word is looked up by in a word list written without proclitics or article: each
   * reading, then each reading without the article ("وللشرطة" → وللشرطة، للشرطة، الشرطة، شرطة).
   */
  public static List<String> stems(String word) {
    List<String> out = STEMS.get(word);
    if (out == null) {
      out = kept(STEMS, word, stemsOf(word));
    }
    return out;
  }

  private static List<String> stemsOf(String word) {
    List<String> out = new ArrayList<>(6);
    for (Reading r : readings(word)) {
      out.add(r.form());
    }
    for (Reading r : readings(word)) {
      if (hasArticle(r.form())) {
        out.add(r.form().substring(ARTICLE.length()));
      }
    }
    return out;
  }
}
