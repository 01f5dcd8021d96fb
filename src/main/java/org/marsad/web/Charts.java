package org.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Json;
import org.marsad.store.Count;
import org.marsad.web.Views.Series;

/**
 * The data of a page's charts as JSON, for a {@code data-chart} attribute that {@code app.js}
 * draws: the page carries its numbers, and no inline script is needed. The template escapes the
 * attribute, the browser unescapes it, and the script reads it as data, never as markup.
 */
public final class Charts {

  private Charts() {}

  public static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("chart data cannot be written as JSON", e);
    }
  }

  /** One series of counts by date ("2019-05": 3). */
  public static String counts(String name, List<Count> counts) {
    List<String> x = counts.stream().map(Count::label).toList();
    return json(new Series(x, List.of(new Series.Line(name, counts.stream().map(Count::count).toList()))));
  }

  public static String series(Series s) {
    return json(s);
  }

  /** A star: the entity at the centre, linked to each entity named with it, by the number of articles naming both. */
  public static String graph(String id, String name, long articles, List<Count> with) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> links = new ArrayList<>();
    nodes.add(node(id, name, articles));
    for (Count c : with) {
      nodes.add(node("n:" + c.label(), c.label(), c.count()));
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("source", id);
      link.put("target", "n:" + c.label());
      link.put("value", c.count());
      links.add(link);
    }
    return json(Map.of("nodes", nodes, "links", links));
  }

  private static Map<String, Object> node(String id, String name, long value) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", id);
    n.put("name", name);
    n.put("value", value);
    n.put("href", Href.entity(id.startsWith("n:") ? id.substring(2) : id));
    return n;
  }

  public static String map(List<Views.MapValue> values) {
    return json(Map.of("data", values));
  }
}
