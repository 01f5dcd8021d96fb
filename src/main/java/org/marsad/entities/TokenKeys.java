package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * The lookup keys of one word of the text, computed once per article: its {@link NameKeys#key}
 * and {@link NameKeys#skeleton}, and for an Arabic word also the readings with its proclitics
 * split off ("بروسيا" → "روسيا", "للولايات" → "الولايات"), each with the original offset
 * where the name then starts.
 */
record TokenKeys(Token token, String key, String skeleton, List<Reading> readings) {

  /** A reading of the word: the name starts at {@code start} of the text; looked up by {@code key}. */
  record Reading(int start, String key, String skeleton) {}

  TokenKeys {
    readings = List.copyOf(readings);
  }

  /**
   * Whether the key of one of the word's readings, itself first and then with proclitics off, is in
   * {@code keys}.
   */
  boolean keyIn(Set<String> keys) {
    for (Reading r : readings) {
      if (keys.contains(r.key())) {
        return true;
      }
    }
    return false;
  }

  static List<TokenKeys> of(List<Token> tokens) {
    List<TokenKeys> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(of(t));
    }
    return out;
  }

  static TokenKeys of(Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      String k = t.kind() == Token.Kind.LATIN ? NameKeys.key(t.text()) : t.text();
      return new TokenKeys(t, k, k, List.of(new Reading(t.start(), k, k)));
    }
    String norm = t.norm();
    String key = NameKeys.keyOfNormalized(norm);
    List<Reading> readings = new ArrayList<>(4);
    for (Clitics.Reading r : Clitics.readings(norm)) {
      String k = NameKeys.keyOfNormalized(r.form());
      int prefix = r.prefix();
      // "للولايات": the name keeps the ل that stands for the article's alef ("للولايات المتحدة")
      if (prefix > 0 && Clitics.opensWithArticle(r.form()) && !norm.startsWith("ال", prefix)) {
        prefix--;
      }
      readings.add(new Reading(t.start() + originalLength(t.text(), prefix), k, NameKeys.skeleton(k)));
    }
    return new TokenKeys(t, key, NameKeys.skeleton(key), readings);
  }

  /** How many characters of {@code word} hold its first {@code letters} normalised letters. */
  private static int originalLength(String word, int letters) {
    int seen = 0;
    int i = 0;
    while (i < word.length() && seen < letters) {
      if (ArabicNormalizer.fold(word.charAt(i)) != 0) {
        seen++;
      }
      i++;
    }
    // diacritics written on the last clitic letter stay with it
    while (i < word.length() && letters > 0 && ArabicNormalizer.fold(word.charAt(i)) == 0) {
      i++;
    }
    return i;
  }
}
