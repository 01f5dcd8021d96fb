package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
