package org.marsad.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.marsad.doc.Article;
import org.marsad.doc.Event;

/**
 * {@code --format events-csv}: a flat table, a header then one row per event: date, actor,
 * type, target, mode, place, outlet, article id and the sentence that says it. Actor and
 * target are country codes; quoting follows RFC 4180.
 */
final class EventsCsvWriter implements RecordWriter {

  /** One row of the table. */
  @JsonPropertyOrder({"date", "actor", "type", "target", "mode", "place", "outlet", "article_id", "evidence"})
  record Row(String date, String actor, String type, String target, String mode, String place, String outlet,
      @com.fasterxml.jackson.annotation.JsonProperty("article_id") String articleId, String evidence) {}

  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withoutHeader();

  private SequenceWriter rows;
  private Writer writer;

  @Override
  public void begin(PrintStream out) throws IOException {
    writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // the header is written here, not with the first row, so that a run without events still has it
    writer.write(String.join(",", SCHEMA.getColumnNames()) + "\n");
    rows = CSV.writer(SCHEMA).writeValues(writer);
  }

  @Override
  public void write(Article a, PrintStream out) throws IOException {
    if (rows == null) {
      begin(out);
    }
    EventRows names = new EventRows(a);
    for (Event e : a.events()) {
      rows.write(new Row(e.date(), e.actor() == null ? null : e.actor().code(), e.type(),
          e.target() == null ? null : e.target().code(), e.mode(), names.placeName(e.place()), names.outlet(),
          a.id(), names.evidence(e)));
    }
    rows.flush();
  }

  @Override
  public void end(PrintStream out) throws IOException {
    if (rows == null) {
      begin(out);
    }
    rows.flush();
    writer.flush();
  }
}
