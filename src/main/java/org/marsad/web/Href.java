package org.marsad.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A link within the desk: a path and its query parameters, each encoded; built up one parameter at a time. */
public final class Href {

  private final String path;
  private final List<String[]> params = new ArrayList<>();

  private Href(String path) {
    this.path = path;
  }

  public static Href to(String path) {
    return new Href(path);
  }

  /** A path segment for an id or a name: "/entity/" + segment("country:RUS"). */
  public static String segment(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String entity(String id) {
    return "/entity/" + segment(id);
  }

  public static String article(String id) {
    return "/article/" + segment(id);
  }

  /** Adds the parameter when the value is not null nor blank. */
  public Href with(String name, Object value) {
    if (value != null && !String.valueOf(value).isBlank()) {
      params.add(new String[] {name, String.valueOf(value)});
    }
    return this;
  }

  public Href withAll(Map<String, List<String>> values) {
    values.forEach((name, vs) -> vs.forEach(v -> with(name, v)));
    return this;
  }

  @Override
  public String toString() {
    if (params.isEmpty()) {
      return path;
    }
    StringBuilder b = new StringBuilder(path).append('?');
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        b.append('&');
      }
      b.append(enc(params.get(i)[0])).append('=').append(enc(params.get(i)[1]));
    }
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
