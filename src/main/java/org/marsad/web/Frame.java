package org.marsad.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every page's frame needs: the reader's language and its words, the page's title, which
 * part of the site it is (for the menu), and the link that shows the same page in the other
 * language.
 */
public record Frame(Labels t, String title, String section, String path, Map<String, List<String>> query) {

  public Frame {
    query = Map.copyOf(query);
  }

  /** The same page in the other language. */
  public String switchHref() {
    String rest = query.entrySet().stream().filter(e -> !e.getKey().equals("lang"))
        .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
        .collect(Collectors.joining("&"));
    return path + "?" + (rest.isEmpty() ? "" : rest + "&") + "lang=" + t.other();
  }

  /** "current" for the menu entry of this page's section, else "". */
  public String current(String s) {
    return s.equals(section) ? "current" : "";
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
