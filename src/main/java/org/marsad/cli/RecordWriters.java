package org.marsad.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.marsad.doc.Json;

/** The output formats of {@code marsad analyze --format}, by name. */
public final class RecordWriters {

  private static final Map<String, Supplier<RecordWriter>> FORMATS = new LinkedHashMap<>();

  static {
    FORMATS.put("jsonl", () -> (a, out) -> out.println(Json.MAPPER.writeValueAsString(a)));
    FORMATS.put("pretty", PrettyWriter::new);
    FORMATS.put("plover", PloverWriter::new);
    FORMATS.put("events-csv", EventsCsvWriter::new);
  }

  private RecordWriters() {}

  public static RecordWriter forName(String name) {
    Supplier<RecordWriter> s = FORMATS.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown format '" + name + "'; one of " + String.join(", ", names()));
    }
    return s.get();
  }

  public static Iterable<String> names() {
    return FORMATS.keySet();
  }

  /** The format names, for picocli's help and completion. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return FORMATS.keySet().iterator();
    }
  }
}
