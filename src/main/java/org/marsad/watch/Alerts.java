package org.marsad.watch;

import java.util.List;
import org.marsad.doc.Article;

/** Tells the analyst of new articles that match what they asked for. */
public interface Alerts {

  Alerts NONE = (fresh, problems) -> {};

  /** Called with the articles a commit made durable; what fails is added to {@code problems}. */
  void send(List<Article> fresh, List<String> problems);
}
