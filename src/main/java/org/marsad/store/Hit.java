package org.marsad.store;

import java.util.List;
import org.marsad.doc.Article;

/**
 * One search result: the article as a result row shows it ({@link Summary}), its BM25 score, a
 * passage with the matched words marked, and the outlets that carried the same story nearly word
 * for word ({@link Syndication}).
 */
public record Hit(Summary article, float score, String snippet, List<String> alsoIn) {

  /** How a passage marks the words that matched. */
  public static final String MARK_START = "[";
  public static final String MARK_END = "]";
  private static final int SNIPPET_CHARS = 280;

  public Hit {
    alsoIn = List.copyOf(alsoIn);
  }

  /** The outlet to name an article by: its first credit, else the host or path it came from. */
  public static String outlet(Article a) {
    return outlet(a.credits().isEmpty() ? null : a.credits().get(0), a.source());
  }

  /** The same, of an article's first credit (null when it has none) and its source (null when there is none either). */
  static String outlet(String firstCredit, String source) {
    if (firstCredit != null || source == null) {
      return firstCredit;
    }
    return Keys.host(source).orElse(source);
  }

  /** A passage on one line, cut to about {@value #SNIPPET_CHARS} characters around its first mark; "" for none. */
  static String snippet(String passage) {
    if (passage == null) {
      return "";
    }
    String s = passage.replaceAll("\\s+", " ").strip();
    if (s.length() <= SNIPPET_CHARS) {
      return s;
    }
    int mark = Math.max(0, s.indexOf(MARK_START));
    int start = Math.max(0, mark - SNIPPET_CHARS / 3);
    int end = Math.min(s.length(), start + SNIPPET_CHARS);
    return (start > 0 ? "… " : "") + s.substring(start, end).strip() + (end < s.length() ? " …" : "");
  }
}
