package org.marsad.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which links to the outside a page may make: an article's source only when it is an http(s) address. */
public final class Links {

  private Links() {}

  /**
   * True for an absolute http or https URL: a source such as {@code javascript:...} or
   * {@code data:...} is shown as text, never as a link.
   */
  public static boolean web(String source) {
    if (source == null || source.length() > 2000) {
      return false;
    }
    try {
      URI u = new URI(source);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
