package org.marsad.store;

import java.util.regex.Pattern;
import org.marsad.doc.Article;
import org.marsad.doc.Event;

/** One event found in the archive, with the article that reports it. */
public record EventHit(Article article, Event event) {

  /** An event date that names its day: "2025-03-16", with or without a time after it. */
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  /** The event's own day when the text gives one, else the article's publication date; "?" when neither. */
  public String date() {
    return date(article, event);
  }

  static String date(Article a, Event e) {
    if (e.date() != null && DAY.matcher(e.date()).matches()) {
      return e.date().substring(0, 10);
    }
    return a.published() == null ? "?" : Story.date(a.published());
  }

  /** The position of the event among its article's events. */
  public int index() {
    return article.events().indexOf(event);
  }
}
