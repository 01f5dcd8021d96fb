package org.marsad.ingest;

/**
 * Metadata the input itself states (JSONL fields, HTML meta tags, feed items): it wins over
 * what cleaning extracts from the text. Any field may be null.
 */
public record Given(String title, String published, String url, String outlet) {

  public static final Given NONE = new Given(null, null, null, null);
}
