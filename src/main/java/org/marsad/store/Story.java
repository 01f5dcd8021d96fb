package org.marsad.store;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;

/** Articles about one happening ({@link Stories}), the best-ranked first. */
public record Story(List<Article> articles) {

  public Story {
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article");
    }
  }

  public Article lead() {
    return articles.get(0);
  }

  /** The earliest publication date ("2024-10-14"), or "?" when none is known. */
  public String first() {
    return articles.stream().map(Article::published).filter(Objects::nonNull).map(Story::date)
        .min(Comparator.naturalOrder()).orElse("?");
  }

  public String last() {
    return articles.stream().map(Article::published).filter(Objects::nonNull).map(Story::date)
        .max(Comparator.naturalOrder()).orElse("?");
  }

  public List<String> outlets() {
    return List.copyOf(new LinkedHashSet<>(articles.stream().map(Hit::outlet).toList()));
  }

  /** The entities named by most of the story's articles, by canonical name. */
  public List<String> topEntities(int n) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Article a : articles) {
      for (Entity e : a.entities()) {
        counts.merge(Schema.label(e), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(n).map(Map.Entry::getKey).toList();
  }

  static String date(String published) {
    return published.length() > 10 ? published.substring(0, 10) : published;
  }
}
