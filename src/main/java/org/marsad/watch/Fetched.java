package org.marsad.watch;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** What one fetch gave: a body, "not modified since", or why there is none. */
sealed interface Fetched {

  /**
   * A body as received (gzip undone), cut at the size limit when {@code cut}. {@code url} is where
   * it was found after redirects; {@code charset} the one the Content-Type names, or null.
   */
  record Body(URI url, int status, String contentType, String charset, byte[] bytes, boolean cut, String etag,
      String lastModified, Map<String, List<String>> headers) implements Fetched {}

  /** 304: the copy we have is current. */
  record NotModified(URI url) implements Fetched {}

  /** No body: {@code why} says it in a few words ("HTTP 404", "time-out", "robots.txt forbids"). */
  record Failed(URI url, String why, boolean retryLater) implements Fetched {}
}
