package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.Token;

/**
 * What a first reading of a whole document says about each word, as flags above those of
 * {@link WordClass} for the document stage of a {@link NerModel} to read: the tag the first
 * reading gave the word itself ({@link #SELF}), the types it gave the same word (by its stem,
 * {@link NerFeatures#stem}) anywhere else in the document ({@link #ELSEWHERE}), and whether the
 * word stands elsewhere outside any name ({@link #PLAIN_ELSEWHERE}). So "نوكيا", read as a company
 * in one sentence, is read so in the next, where its own words say less.
 */
final class DocumentClasses {

  /** First bit of the word's own tag: one bit per tag but O. */
  static final int SELF = 16;
  /** First bit of the types given elsewhere: one bit per type. */
  static final int ELSEWHERE = 24;
  static final int PLAIN_ELSEWHERE = 30;

  private DocumentClasses() {}

  /** The flags of each word of each sentence, from the names the first reading found ({@code tags}: its tag set). */
  static List<int[]> of(List<List<Token>> sentences, List<List<NerModel.Name>> names, String[] tags) {
    Map<String, Integer> typeIndex = new HashMap<>();
    for (int y = 1; y < tags.length; y++) {
      typeIndex.putIfAbsent(tags[y].substring(2), typeIndex.size());
    }
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int y = 1; y < tags.length; y++) {
      tagIndex.put(tags[y], y - 1);
    }
    List<String[]> keys = new ArrayList<>(sentences.size());
    List<int[]> self = new ArrayList<>(sentences.size());
    // per word key: how often each type was given it (one count a type, then the plain count)
    Map<String, int[]> counts = new HashMap<>();
    int types = typeIndex.size();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> words = sentences.get(s);
      String[] k = new String[words.size()];
      int[] tag = new int[words.size()];
      for (int i = 0; i < k.length; i++) {
        k[i] = key(words.get(i));
        tag[i] = -1;
      }
      for (NerModel.Name n : names.get(s)) {
        for (int i = n.from(); i < n.to(); i++) {
          tag[i] = tagIndex.getOrDefault((i == n.from() ? "B-" : "I-") + n.type(), -1);
        }
      }
      for (int i = 0; i < k.length; i++) {
        if (k[i] != null) {
          int[] c = counts.computeIfAbsent(k[i], x -> new int[types + 1]);
          c[tag[i] < 0 ? types : tag[i] / 2]++;
        }
      }
      keys.add(k);
      self.add(tag);
    }
    List<int[]> out = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] k = keys.get(s);
      int[] tag = self.get(s);
      int[] flags = new int[k.length];
      for (int i = 0; i < k.length; i++) {
        if (tag[i] >= 0) {
          flags[i] |= 1 << (SELF + Math.min(tag[i], ELSEWHERE - SELF - 1));
        }
        if (k[i] == null) {
          continue;
        }
        int[] c = counts.get(k[i]);
        int own = tag[i] < 0 ? types : tag[i] / 2;
        for (int y = 0; y <= types; y++) {
          int elsewhere = c[y] - (y == own ? 1 : 0);
          if (elsewhere > 0) {
            flags[i] |= 1 << (y == types ? PLAIN_ELSEWHERE : ELSEWHERE + Math.min(y, PLAIN_ELSEWHERE - ELSEWHERE - 1));
          }
        }
      }
      out.add(flags);
    }
    return out;
  }

  /** The word's stem, for words of letters of more than two; null for others. */
  private static String key(Token t) {
    if (t.kind() != Token.Kind.ARABIC && t.kind() != Token.Kind.LATIN) {
      return null;
    }
    String norm = t.norm();
    String stem = t.kind() == Token.Kind.ARABIC ? NerFeatures.stem(norm) : norm;
    return stem.length() > 2 ? stem : null;
  }
}
