package org.marsad.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import org.marsad.doc.Casualties;
import org.marsad.doc.Event;

/**
 * {@code --format events-csv}: a flat table, a header then one row per event: date, actor and
 * its CAMEO sector, type and PLOVER subtype, target and its sector, mode, the dead and injured,
 * place, outlet, article id and the sentence that says it. Actor and target are country codes;
 * an empty cell is a value the text does not give; quoting follows RFC 4180.
 */
final class EventsCsvWriter implements RecordWriter {

  /** One row of the table. */
  @JsonPropertyOrder({"date", "actor", "actor_sector", "type", "subtype", "target", "target_sector", "mode", "killed",
      "injured", "place", "outlet", "article_id", "evidence"})
  record Row(String date, String actor, @JsonProperty("actor_sector") String actorSector, String type, String subtype,
      String target, @JsonProperty("target_sector") String targetSector, String mode, Integer killed, Integer injured,
      String place, String outlet, @JsonProperty("article_id") String articleId, String evidence) {}

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
      Casualties c = e.casualties();
      rows.write(new Row(e.date(), e.actor() == null ? null : e.actor().code(),
          e.actor() == null ? null : e.actor().sector(), e.type(), e.subtype(),
          e.target() == null ? null : e.target().code(), e.target() == null ? null : e.target().sector(), e.mode(),
          c == null ? null : c.killed(), c == null ? null : c.injured(), names.placeName(e.place()), names.outlet(),
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
