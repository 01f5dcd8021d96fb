package org.marsad.watch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a feed or sitemap lists, read by crawler-commons' SiteMapParser: RSS 2.0, Atom, XML
 * sitemaps with the news extension, sitemap indexes and plain-text sitemaps. A listing that is
 * broken part-way gives the items before the break.
 */
final class Listing {

  /** One listed page, with the time the listing says it last changed (null when it does not say). */
  record Item(URI url, Instant lastModified) {}

  /** The pages listed, the sitemaps an index points to, and a problem in a few words (or null). */
  record Read(List<Item> items, List<URI> sitemaps, String problem) {}

  private Listing() {}

  static Read read(URI where, byte[] bytes, String contentType) {
    SiteMapParser parser = new SiteMapParser(false, true); // not strict: articles may sit on another host
    parser.setAllowDocTypeDefinitions(false);
    parser.enableExtensions();
    AbstractSiteMap map;
    try {
      URL url = where.toURL();
      map = parser.parseSiteMap(contentType == null || contentType.isBlank() ? "text/xml" : contentType, bytes, url);
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      return new Read(List.of(), List.of(), "not a feed or sitemap: " + oneLine(e.getMessage()));
    }
    List<Item> items = new ArrayList<>();
    List<URI> sitemaps = new ArrayList<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        Watcher.uri(child.getUrl().toString()).ifPresent(sitemaps::add);
      }
    } else if (map instanceof SiteMap sm) {
      for (SiteMapURL u : sm.getSiteMapUrls()) {
        Instant when = u.getLastModified() == null ? null : u.getLastModified().toInstant();
        Watcher.uri(u.getUrl().toString()).ifPresent(x -> items.add(new Item(x, when)));
      }
    }
    String problem = items.isEmpty() && sitemaps.isEmpty() ? "lists no page" : null;
    return new Read(items, sitemaps, problem);
  }

  static String oneLine(String s) {
    return s == null ? "(no detail)" : s.replaceAll("\\s+", " ").strip();
  }
}
