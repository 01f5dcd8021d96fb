package org.marsad.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;

/**
 * Articles about the same happening: published within {@value #DAYS} days of each other, and
 * either naming mostly the same entities with some words in common, or sharing many words (or
 * being syndicated copies). Clustering links pairs (single link), so a story may run longer than
 * {@value #DAYS} days when its articles follow each other closely.
 */
public final class Stories {

  public static final int DAYS = 3;
  /** Entity overlap (Jaccard) that, with {@link #SOME_WORDS}, makes two articles one story. */
  public static final double SAME_ENTITIES = 0.5;
  public static final double SOME_WORDS = 0.1;
  /** Content-word overlap that alone makes two articles one story. */
  public static final double MANY_WORDS = 0.35;

  private static final Set<String> STOP_WORDS = stopWords();

  private Stories() {}

  /** An article with what clustering compares: its content-word and shingle signatures. */
  public record Item(Article article, long[] words, long[] shingles) {}

  /** The content words of a text: normalised, without stop words, the article "ال" taken off. */
  public static List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : MinHash.words(text)) {
      String s = Clitics.withoutDefinite(w);
      if (s.length() >= 3 && !STOP_WORDS.contains(w)) {
        out.add(s);
      }
    }
    return out;
  }

  public static long[] wordSignature(String text) {
    return MinHash.signature(contentWords(text), 1, Schema.WORD_SIGNATURE);
  }

  /** The stories among {@code items} on the page {@code r} asks for: its offset passed over, at most its limit kept. */
  static List<Story> page(List<Item> items, SearchRequest r) {
    List<Story> all = cluster(items);
    return all.subList(Math.min(r.offset(), all.size()), Math.min(r.offset() + r.limit(), all.size()));
  }

  /** The stories among {@code items}, in the order of each story's first item. */
  public static List<Story> cluster(List<Item> items) {
    int[] parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<Set<String>> entities = items.stream().map(i -> entityIds(i.article())).toList();
    List<Long> days = items.stream().map(i -> epochDay(i.article())).toList();
    for (int a = 0; a < items.size(); a++) {
      for (int b = a + 1; b < items.size(); b++) {
        if (Syndication.find(parent, a) != Syndication.find(parent, b)
            && sameStory(items.get(a), items.get(b), entities.get(a), entities.get(b), days.get(a), days.get(b))) {
          Syndication.union(parent, a, b);
        }
      }
    }
    Map<Integer, List<Article>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(Syndication.find(parent, i), k -> new ArrayList<>()).add(items.get(i).article());
    }
    return groups.values().stream().map(Story::new).toList();
  }

  private static boolean sameStory(Item a, Item b, Set<String> ea, Set<String> eb, long da, long db) {
    if (da != Long.MIN_VALUE && db != Long.MIN_VALUE && Math.abs(da - db) > DAYS) {
      return false;
    }
    if (Syndication.syndicated(a.shingles(), b.shingles())) {
      return true;
    }
    double words = MinHash.similarity(a.words(), b.words());
    return words >= MANY_WORDS || (jaccard(ea, eb) >= SAME_ENTITIES && words >= SOME_WORDS);
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  private static Set<String> entityIds(Article a) {
    Set<String> ids = new HashSet<>();
    for (Entity e : a.entities()) {
      if (e.id() != null) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  /** The publication day as an epoch day, or {@code Long.MIN_VALUE} when no day is known. */
  static long epochDay(Article a) {
    return Keys.day(a.published()).filter(d -> d % 100 > 0).map(d -> {
      try {
        return LocalDate.of(d / 10000, d / 100 % 100, d % 100).toEpochDay();
      } catch (DateTimeException e) {
        return Long.MIN_VALUE;
      }
    }).orElse(Long.MIN_VALUE);
  }

  private static Set<String> stopWords() {
    Set<String> out = new HashSet<>();
    for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
      out.add(ArabicNormalizer.normalize(new String((char[]) w)));
    }
    return Set.copyOf(out);
  }
}
