package org.marsad.entities;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;
import org.marsad.text.Tokenizer;

/**
 * The spellings a name is looked up by. Every key starts from {@link ArabicNormalizer}; then:
 * <ul>
 *   <li>{@link #key}: the letters that transliterate a foreign G (غ ج ق) are one letter, so
 *       "شويغو", "شويجو" and "شويقو" meet; Latin words are lower-cased, except short all-capital
 *       acronyms ("RT", "UN"), which keep their case so that they never meet an English word, and
 *       a word in lower case meets only lower case ("diet" is not Japan's Diet);
 *   <li>{@link #skeleton}: for people's names, also the long vowels inside a word (ا و ي) are
 *       dropped and a final "وا" is read "و" ("ترامب" = "ترمب", "بومبيوا" = "بومبيو"). Words
 *       shorter than {@link #SKELETON_MIN} letters keep their key: too many short words would meet;
 *   <li>{@link #latinSkeleton}: a Latin or romanised name reduced to its consonants, to compare
 *       "Fumio Kishida" with the Arabic-Latin transliteration of "فوميو كيشيدا".
 * </ul>
 */
final class NameKeys {

  static final int SKELETON_MIN = 4;

  private static final Transliterator ARABIC_TO_ASCII =
      Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");
  private static final Transliterator LATIN_TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

  private NameKeys() {}

  /** The lookup key of one word. */
  static String key(String word) {
    if (isLatin(word)) {
      if (isAcronym(word)) {
        return "^" + word;
      }
      // "Diet", "Fed" are names; "diet", "fed" are English words
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      return Character.isUpperCase(word.charAt(0)) ? lower : "_" + lower;
    }
    String n = ArabicNormalizer.normalize(word);
    return foldG(n);
  }

  /**
   * The keys of the first field of every line of a word list under {@code src/main/resources}
   * ({@code entities/place-kinds.tsv}), each normalised then keyed.
   */
  static Set<String> keysOfList(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : DataFiles.lines(resource)) {
      out.add(keyOfNormalized(ArabicNormalizer.normalize(line.split("\t")[0])));
    }
    return Set.copyOf(out);
  }

  /** The keys of the first field of the rows of a word list whose second field is {@code kind}. */
  static Set<String> keysOfKind(String resource, String kind) {
    Set<String> out = new HashSet<>();
    for (DataFiles.Row row : DataFiles.rows(resource, 2)) {
      if (row.field(1).equals(kind)) {
        out.add(keyOfNormalized(ArabicNormalizer.normalize(row.field(0))));
      }
    }
    return Set.copyOf(out);
  }

  /** The key of a word already normalised by {@link ArabicNormalizer}. */
  static String keyOfNormalized(String normalized) {
    return foldG(normalized);
  }

  /** The skeleton key of a word's {@link #key}, for people's names; see the class comment. */
  static String skeleton(String key) {
    if (key.length() < SKELETON_MIN || key.charAt(0) == '^' || !Tokenizer.isArabicLetter(key.charAt(0))) {
      return key;
    }
    String k = key.endsWith("وا") && key.length() > SKELETON_MIN ? key.substring(0, key.length() - 1) : key;
    // the article and the letter after it stay: "الامارات" is not "اولمرت" with its vowels dropped
    int kept = Clitics.opensWithArticle(k) && k.length() > SKELETON_MIN ? 3 : 1;
    StringBuilder out = new StringBuilder(k.length() + 1).append('~').append(k, 0, kept);
    for (int i = kept; i < k.length() - 1; i++) {
      char c = k.charAt(i);
      if (c != 'ا' && c != 'و' && c != 'ي') {
        out.append(c);
      }
    }
    return out.append(k.charAt(k.length() - 1)).toString();
  }

  private static String foldG(String n) {
    if (n.indexOf('غ') < 0 && n.indexOf('ق') < 0) {
      return n;
    }
    return n.replace('غ', 'ج').replace('ق', 'ج');
  }

  static boolean isLatin(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        return c < 0x0250;
      }
    }
    return false;
  }

  /** "RT", "UN", "NATO": all capitals, at most five letters. */
  static boolean isAcronym(String word) {
    if (word.length() > 5 || word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code name} through {@code t}; one caller at a time, as ICU transliterators keep state. */
  static String romanize(Transliterator t, String name) {
    synchronized (t) {
      return t.transliterate(name);
    }
  }

  /**
   * The consonant skeleton of a name in any script, romanised: vowels and the letters that
   * write them (w, y, h at a word's end) dropped, sh/ch/j/g and k/c/q folded, doubles merged.
   */
  static String latinSkeleton(String name) {
    String ascii = romanize(isLatin(name) ? LATIN_TO_ASCII : ARABIC_TO_ASCII, name);
    StringBuilder out = new StringBuilder();
    for (String word : ascii.split("[^a-z]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String w = word.replace("sh", "s").replace("ch", "s").replace("ts", "s").replace("kh", "k")
          .replace("th", "t").replace("dh", "d").replace("gh", "g").replace("ph", "f");
      if (out.length() > 0) {
        out.append(' ');
      }
      char last = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = switch (w.charAt(i)) {
          case 'j', 'q' -> 'g';
          case 'c' -> 'k';
          case 'v' -> 'f';
          case 'z' -> 's';
          case 'p' -> 'b';
          case 'e' -> 'i';
          default -> w.charAt(i);
        };
        if ("aiouwyh".indexOf(c) >= 0 || c == last) {
          last = c;
          continue;
        }
        out.append(c);
        last = c;
      }
    }
    return out.toString();
  }
}
