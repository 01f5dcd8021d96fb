package org.marsad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;

/** Reads an RSS 2.0 or Atom feed (ROME): one article per item, its HTML flattened to lines. */
final class FeedExtractor {

  private FeedExtractor() {}

  static void read(String path, byte[] bytes, Outlets outlets, ArticleSink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from a file off the web
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.problem(path, "not a readable RSS or Atom feed: " + oneLine(e.getMessage()));
      return;
    }
    String outlet = feed.getTitle() == null ? null : outlets.named(feed.getTitle()).orElse(null);
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.problem(path, "feed has no items");
      return;
    }
    int n = 0;
    for (SyndEntry e : entries) {
      n++;
      String where = path + "#" + n;
      StringBuilder html = new StringBuilder();
      for (SyndContent c : e.getContents()) {
        html.append(c.getValue()).append('\n');
      }
      if (html.isEmpty() && e.getDescription() != null) {
        html.append(e.getDescription().getValue());
      }
      String text = String.join("\n", HtmlExtractor.flatten(Jsoup.parseBodyFragment(html.toString()).body()));
      if (text.isBlank() && (e.getTitle() == null || e.getTitle().isBlank())) {
        sink.problem(where, "feed item has neither title nor text");
        continue;
      }
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String published = when == null ? null : IsoTimes.of(when.toInstant());
      String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
      String link = e.getLink() == null || e.getLink().isBlank() ? null : e.getLink().strip();
      sink.article(new RawArticle(link != null ? link : where, text, new Given(title, published, link, outlet)));
    }
  }

  static String oneLine(String s) {
    return s == null ? "(no detail)" : s.replaceAll("\\s+", " ").strip();
  }
}
