package org.marsad.ingest;

/**
 * Metadata the input itself states (JSONL fields, HTML meta tags, feed items): it wins over
 * what cleaning extracts from the text. Any field may be null.
 */
public record Given(String title, String published, String url, String outlet, String siteInTitle) {

  public static final Given NONE = new Given(null, null, null, null);

  /**
   * Metadata without {@code siteInTitle}: the name a page's title sets beside its headline when the
   * page states no outlet ("صدى الرافدين | Headline"). It is no credit by itself; it vouches for the
   * site's own dateline ("صدى الرافدين - البصرة") when the text names it so.
   */
  public Given(String title, String published, String url, String outlet) {
    this(title, published, url, outlet, null);
  }
}
