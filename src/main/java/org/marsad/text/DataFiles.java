package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the linguistic data files under {@code src/main/resources}: one entry a line, fields
 * separated by tabs, {@code #} starting a comment line, blank lines ignored.
 */
public final class DataFiles {

  private DataFiles() {}

  /** A data row: its fields and the line it came from, for error messages. */
  public record Row(String resource, int line, List<String> fields) {

    public String field(int i) {
      return i < fields.size() ? fields.get(i) : "";
    }

    /** A failure that names the file, the line and what was expected. */
    public IllegalStateException error(String expected) {
      return new IllegalStateException(resource + ":" + line + ": expected " + expected + ", found "
          + String.join("\\t", fields));
    }
  }

  /**
   * The rows of a file of entries and their classes ("entry TAB class class", the classes named
   * in lower case with hyphens), by class, each in the file's order. An entry stands on one line
   * only, so that all it is read for is seen together; {@code entry} names it in errors ("word").
   */
  public static <E extends Enum<E>> Map<E, List<Row>> byClass(List<Row> rows, Class<E> classes, String entry) {
    Map<E, List<Row>> out = new EnumMap<>(classes);
    for (E c : classes.getEnumConstants()) {
      out.put(c, new ArrayList<>());
    }
    Map<String, Integer> lineOf = new HashMap<>();
    for (Row row : rows) {
      Integer before = lineOf.putIfAbsent(row.field(0), row.line());
      if (before != null) {
        throw row.error(entry + " not listed before (line " + before + " has it)");
      }
      for (String name : row.field(1).split("\\s+")) {
        out.get(classOf(row, name, classes)).add(row);
      }
    }
    return out;
  }

  private static <E extends Enum<E>> E classOf(Row row, String name, Class<E> classes) {
    try {
      return Enum.valueOf(classes, name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw row.error("classes among " + Arrays.stream(classes.getEnumConstants())
          .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))
          + " in field 2");
    }
  }

  /** The non-comment lines of a resource, trimmed. */
  public static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    for (Row r : rows(resource, 1)) {
      out.add(String.join("\t", r.fields()));
    }
    return out;
  }

  /** The rows of a tab-separated resource; each must have at least {@code minFields} fields. */
  public static List<Row> rows(String resource, int minFields) {
    InputStream in = DataFiles.class.getResourceAsStream(resource.startsWith("/") ? resource : "/" + resource);
    if (in == null) {
      throw new IllegalStateException("data file " + resource + " is missing from the classpath");
    }
    return rows(in, resource, minFields);
  }

  /**
   * The rows of a tab-separated file read from {@code in}, which is closed after; {@code name} names
   * it in errors. Each row must have at least {@code minFields} fields.
   */
  public static List<Row> rows(InputStream in, String resource, int minFields) {
    List<Row> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        for (String f : line.split("\t", -1)) {
          fields.add(f.strip());
        }
        while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
          fields.remove(fields.size() - 1);
        }
        Row row = new Row(resource, n, List.copyOf(fields));
        if (fields.size() < minFields) {
          throw row.error(minFields + " tab-separated fields");
        }
        out.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
    return out;
  }
}
