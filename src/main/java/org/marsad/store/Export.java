package org.marsad.store;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Json;
import org.marsad.doc.Party;

/**
 * Records out of the archive in the forms analysts load into R, Python or a spreadsheet:
 * <ul>
 *   <li>{@code jsonl}: the full record, one a line, exactly as {@code marsad analyze} writes it;
 *   <li>{@code csv}: one row an article, lists joined with "; ";
 *   <li>{@code plover}: one JSON line an event, in the field names of the PLOVER data model
 *       (Halterman et al., "PLOVER and POLECAT", 2023): event type and subtype, mode, actor and
 *       recipient with their countries and sectors, the dead and injured, date, location, and the
 *       sentence that says it.
 * </ul>
 */
public final class Export implements Closeable {

  public static final List<String> FORMATS = List.of("jsonl", "csv", "plover");

  public static final List<String> CSV_COLUMNS = List.of("id", "source", "outlet", "title", "published", "credits",
      "dateline", "language", "entities", "countries", "events", "speakers", "quotes", "text");

  private final String format;
  private final SequenceWriter out;

  private Export(String format, SequenceWriter out) {
    this.format = format;
    this.out = out;
  }

  /** An export in {@code format} to {@code stream}; the stream is closed with the export. */
  public static Export open(String format, OutputStream stream) throws IOException {
    switch (format) {
      case "jsonl", "plover" -> {
        return new Export(format, Json.MAPPER.writer().withRootValueSeparator("\n").writeValues(stream));
      }
      case "csv" -> {
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        CsvMapper csv = new CsvMapper();
        return new Export(format, csv.writerFor(Map.class).with(schema.build().withHeader()).writeValues(stream));
      }
      default -> throw new IllegalArgumentException("no export format \"" + format + "\"; there are " + FORMATS);
    }
  }

  public void write(Article a) throws IOException {
    switch (format) {
      case "jsonl" -> out.write(a);
      case "csv" -> out.write(row(a));
      default -> {
        for (int i = 0; i < a.events().size(); i++) {
          out.write(plover(a, a.events().get(i), i));
        }
      }
    }
  }

  private static Map<String, Object> row(Article a) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", a.id());
    r.put("source", a.source());
    r.put("outlet", Hit.outlet(a));
    r.put("title", a.title() == null ? "" : a.title());
    r.put("published", a.published() == null ? "" : a.published());
    r.put("credits", String.join("; ", a.credits()));
    r.put("dateline", a.dateline() == null ? "" : a.dateline());
    r.put("language", a.language());
    r.put("entities", a.entities().stream().map(Schema::label).collect(Collectors.joining("; ")));
    Set<String> countries = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      if (e.code() != null) {
        countries.add(e.code());
      }
    }
    r.put("countries", String.join("; ", countries));
    r.put("events", a.events().stream().map(Event::type).distinct().collect(Collectors.joining("; ")));
    r.put("speakers", a.quotes().stream().map(q -> q.speakerName() != null ? q.speakerName() : q.speaker())
        .filter(s -> s != null).distinct().collect(Collectors.joining("; ")));
    r.put("quotes", a.quotes().size());
    r.put("text", a.text());
    return r;
  }

  private static Map<String, Object> plover(Article a, Event e, int n) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", a.id() + "-" + n);
    r.put("date", e.date() != null ? e.date() : a.published());
    r.put("event_type", e.type());
    r.put("subtype", EventFields.subtype(e));
    r.put("mode", e.mode());
    r.put("actor", entity(a, e.actor()));
    r.put("actor_country", e.actor() == null ? null : e.actor().code());
    r.put("actor_sector", EventFields.sector(e.actor()));
    r.put("recipient", entity(a, e.target()));
    r.put("recipient_country", e.target() == null ? null : e.target().code());
    r.put("recipient_sector", EventFields.sector(e.target()));
    r.put("dead", e.casualties() == null ? null : e.casualties().killed());
    r.put("injured", e.casualties() == null ? null : e.casualties().injured());
    r.put("location", e.place());
    r.put("trigger", e.trigger());
    r.put("text", e.start() >= 0 && e.start() <= e.end() && e.end() <= a.text().length()
        ? a.text().substring(e.start(), e.end()) : null);
    r.put("article", a.id());
    r.put("source", a.source());
    r.put("outlet", Hit.outlet(a));
    r.put("published", a.published());
    return r;
  }

  private static String entity(Article a, Party p) {
    return p == null || p.entity() == null ? null : Schema.label(a, p.entity());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
