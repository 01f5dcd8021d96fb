package org.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.util.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.marsad.doc.Json;

/**
 * The world's country shapes for the event maps: Natural Earth's 1:110m countries as the npm
 * package world-atlas 2.0.2 ships them (TopoJSON, ISC licence, shapes public domain; copied by
 * {@code bin/vendor-web-assets.sh}), with each country named by its ISO 3166-1 alpha-3 code, as
 * the records name countries, instead of its numeric code. Built once, served from memory.
 */
final class WorldMap {

  private static final String SHAPES = "/web/assets/vendor/world-atlas/countries-110m.json";
  private static volatile byte[] json;

  private WorldMap() {}

  static byte[] json() {
    if (json == null) {
      json = build();
    }
    return json;
  }

  private static byte[] build() {
    try (InputStream in = WorldMap.class.getResourceAsStream(SHAPES)) {
      if (in == null) {
        throw new IllegalStateException(SHAPES + " is missing from the jar");
      }
      JsonNode topology = Json.MAPPER.readTree(in);
      for (JsonNode g : topology.path("objects").path("countries").path("geometries")) {
        ObjectNode properties = g.has("properties") ? (ObjectNode) g.get("properties") : ((ObjectNode) g).putObject("properties");
        String english = properties.path("name").asText("");
        properties.put("label", english);
        alpha3(g.path("id").asText("")).ifPresent(code -> properties.put("name", code));
      }
      return Json.MAPPER.writeValueAsBytes(topology);
    } catch (IOException e) {
      throw new UncheckedIOException(SHAPES + " cannot be read", e);
    }
  }

  /** "643" → "RUS"; empty for shapes with no ISO number (world-atlas gives them none or "-99"). */
  static Optional<String> alpha3(String numeric) {
    try {
      Region r = Region.getInstance(Integer.parseInt(numeric));
      return Optional.of(new Locale("", r.toString()).getISO3Country()).filter(s -> !s.isEmpty());
    } catch (IllegalArgumentException | java.util.MissingResourceException unknown) {
      return Optional.empty();
    }
  }
}
