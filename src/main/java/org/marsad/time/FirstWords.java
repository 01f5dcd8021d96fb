package org.marsad.time;

import java.util.Arrays;
import java.util.List;

/**
 * Which rules of {@link TimexRules} can match at a place in the normalised text, found by one
 * walk of a letter trie: each rule names the words its matches begin with ({@link
 * TimexRules.Starts}), and a rule is tried only where one of them stands, or a digit for the
 * rules that begin with a number. A walk collects every word on its path, so a word glued to
 * what follows ("يونيومن") still triggers its rules: the trie never hides a place a rule's
 * pattern would match, it only skips the places none could.
 */
final class FirstWords {

  private final Node root = new Node();
  /** The rules (a bit each) that may begin with a digit. */
  private final long digitRules;

  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];
    /** The rules (a bit each) whose first words end here. */
    long rules;

    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i < 0 ? null : children[i];
    }

    Node childOrNew(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[keys.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, n, at + 1, keys.length - at);
      keys = k;
      children = n;
      return n[at];
    }
  }

  FirstWords(List<TimexRules.Rule> rules) {
    if (rules.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " rules: " + rules.size());
    }
    long digits = 0;
    for (int r = 0; r < rules.size(); r++) {
      TimexRules.Starts starts = rules.get(r).starts();
      if (starts.digit()) {
        digits |= 1L << r;
      }
      for (String w : starts.words()) {
        Node n = root;
        for (int i = 0; i < w.length() && Character.isLetter(w.charAt(i)); i++) {
          n = n.childOrNew(fold(w.charAt(i)));
        }
        if (n == root) {
          throw new IllegalArgumentException("rule " + rules.get(r).name() + ": '" + w + "' does not begin with a letter");
        }
        n.rules |= 1L << r;
      }
    }
    digitRules = digits;
  }

  /** The rules (a bit each) that may match at {@code s} of the normalised text {@code t}. */
  long at(String t, int s) {
    char c = t.charAt(s);
    if (Character.isDigit(c)) {
      return digitRules;
    }
    long rules = 0;
    Node n = root;
    for (int i = s; i < t.length() && n != null && Character.isLetter(t.charAt(i)); i++) {
      n = n.child(fold(t.charAt(i)));
      if (n != null) {
        rules |= n.rules;
      }
    }
    return rules;
  }

  /**
   * The character as the rules' case-insensitive patterns compare it: ASCII and Arabic as
   * they are in normalised text, anything else by Unicode case folding ("ſ" is "s").
   */
  private static char fold(char c) {
    if (c < 0x80 || c >= 0x0600 && c <= 0x06FF) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
