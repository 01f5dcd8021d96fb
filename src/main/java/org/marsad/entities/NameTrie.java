package org.marsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Names as paths of word keys, walked over the words of a text: from each word, the longest
 * name that starts there (with or without its proclitics) is found in one walk, whatever the
 * number of names. A name may be entered by its exact keys or by its skeleton keys
 * ({@link NameKeys#skeleton}); a walk follows both.
 */
final class NameTrie<T> {

  private final Node<T> root = new Node<>();

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>(4);
    final List<T> values = new ArrayList<>(1);
  }

  /** A name found: words {@code [from, to)}, the text from {@code start}, the value of the name. */
  record Match<T>(int from, int to, int start, int end, T value, boolean exact) {}

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
      best = walk(words, i, r.start(), root.children.get(r.key()), true, accept, best);
      if (!r.skeleton().equals(r.key())) {
        best = walk(words, i, r.start(), root.children.get(r.skeleton()), false, accept, best);
      }
    }
    return Optional.ofNullable(best);
  }

  private Match<T> walk(List<TokenKeys> words, int i, int start, Node<T> first, boolean exact,
      Predicate<Match<T>> accept, Match<T> best) {
    Node<T> n = first;
    int j = i;
    while (n != null) {
      j++;
      if (!n.values.isEmpty() && (best == null || j > best.to() || (j == best.to() && exact && !best.exact()))) {
        for (T v : n.values) {
          Match<T> m = new Match<>(i, j, start, words.get(j - 1).token().end(), v, exact);
          if (better(m, best) && accept.test(m)) {
            best = m;
          }
        }
      }
      if (j >= words.size()) {
        break;
      }
      TokenKeys next = words.get(j);
      Node<T> byKey = n.children.get(next.key());
      if (byKey == null && !exact) {
        byKey = n.children.get(next.skeleton());
      }
      n = byKey;
    }
    return best;
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
