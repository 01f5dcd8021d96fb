package org.marsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.text.Clitics;
import org.marsad.text.QuoteMarks;
import org.marsad.text.Token;

/**
 * Names as paths of word keys, walked over the words of a text: from each word, the longest
 * name that starts there (with or without its proclitics) is found in one walk, whatever the
 * number of names. A name may be entered by its exact keys or by its skeleton keys
 * ({@link NameKeys#skeleton}); a walk follows both.
 */
final class NameTrie<T> {

  private final Node<T> root = new Node<>();
  /** The keys of the kind words after which a name's other words may stand between quotation marks ("حركة «الشباب»"). */
  private Set<String> quotedAfter = Set.of();

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>(4);
    final List<T> values = new ArrayList<>(1);
  }

  /** A name found: words {@code [from, to)}, the text from {@code start}, the value of the name. */
  record Match<T>(int from, int to, int start, int end, T value, boolean exact) {}

  /** Lets the words after one of these kind words (keys, without the article) be quoted ("حركة «الشباب»"). */
  void quoteAfter(Set<String> kindWords) {
    this.quotedAfter = Set.copyOf(kindWords);
  }

  /** Enters a name given as its word keys; a value entered twice on one path is kept once. */
  void add(List<String> keys, T value) {
    if (keys.isEmpty()) {
      return;
    }
    Node<T> n = root;
    for (String k : keys) {
      n = n.children.computeIfAbsent(k, x -> new Node<>());
    }
    if (!n.values.contains(value)) {
      n.values.add(value);
    }
  }

  /** Whether a name was entered with exactly these word keys. */
  boolean contains(List<String> keys) {
    Node<T> n = root;
    for (String k : keys) {
      n = n.children.get(k);
      if (n == null) {
        return false;
      }
    }
    return !n.values.isEmpty();
  }

  /** Whether some name begins with the word of key {@code key}. */
  boolean startsWith(String key) {
    return root.children.containsKey(key);
  }

  boolean isEmpty() {
    return root.children.isEmpty();
  }

  /**
   * The longest name starting at word {@code i}; at equal length an exact spelling wins over a
   * skeleton one and a reading with fewer clitics over one with more. {@code accept} may refuse
   * a candidate (a common word standing alone), and the next longest is taken.
   */
  Optional<Match<T>> longestAt(List<TokenKeys> words, int i, Predicate<Match<T>> accept) {
    Match<T> best = null;
    for (TokenKeys.Reading r : words.get(i).readings()) {
      boolean kind = quotedAfter.contains(Clitics.withoutArticle(r.key()));
      best = walk(words, i, r.start(), root.children.get(r.key()), true, kind, accept, best);
      if (!r.skeleton().equals(r.key())) {
        best = walk(words, i, r.start(), root.children.get(r.skeleton()), false, kind, accept, best);
      }
    }
    return Optional.ofNullable(best);
  }

  private Match<T> walk(List<TokenKeys> words, int i, int start, Node<T> first, boolean exact, boolean kindWord,
      Predicate<Match<T>> accept, Match<T> best) {
    Node<T> n = first;
    int j = i;
    char closer = 0; // the mark that must close the words after the first one, when they are quoted
    while (n != null) {
      j++;
      int to = closer == 0 || (j < words.size() && isMark(words.get(j), closer)) ? j : -1; // the closing mark ends it
      if (!n.values.isEmpty() && to > 0
          && (best == null || to > best.to() || (to == best.to() && exact && !best.exact()))) {
        for (T v : n.values) {
          Match<T> m = new Match<>(i, to, start, words.get(to - 1).token().end(), v, exact);
          if (better(m, best) && accept.test(m)) {
            best = m;
          }
        }
      }
      if (j >= words.size()) {
        break;
      }
      TokenKeys next = words.get(j);
      if (kindWord && j == i + 1 && j + 1 < words.size() && opening(next) != 0) {
        // "حركة «الشباب»"، "جماعة 'بوكو حرام'": the words after a body's kind word quoted, the marks no part of the name
        closer = opening(next);
        next = words.get(++j);
      }
      Node<T> byKey = n.children.get(next.key());
      if (byKey == null && !exact) {
        byKey = n.children.get(next.skeleton());
      }
      n = byKey;
    }
    return best;
  }

  /** The mark that closes the quotation mark {@code w} opens, or 0 when {@code w} is no opening mark. */
  private static char opening(TokenKeys w) {
    String t = w.token().text();
    return w.token().kind() == Token.Kind.PUNCT && t.length() == 1 && !QuoteMarks.opensOnlyByPlace(t.charAt(0))
        ? QuoteMarks.closerOf(t.charAt(0)) : 0;
  }

  private static boolean isMark(TokenKeys w, char mark) {
    return w.token().kind() == Token.Kind.PUNCT && w.token().text().equals(String.valueOf(mark));
  }

  private static <T> boolean better(Match<T> m, Match<T> best) {
    if (best == null) {
      return true;
    }
    if (m.to() != best.to()) {
      return m.to() > best.to();
    }
    return m.exact() && !best.exact();
  }
}
