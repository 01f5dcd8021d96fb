package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import org.marsad.doc.Article;
import org.marsad.doc.Event;
import org.marsad.doc.Json;
import org.marsad.doc.Party;

/**
 * {@code --format plover}: one JSON object a line per event, in the manner of PLOVER event
 * records (Halterman et al., 2023): id, date, event type, its PLOVER mode ({@code subtype}:
 * firearms, demonstrate, arrest...) and Marsad's mode (asserted, planned...), actor and
 * recipient with code, CAMEO sector, name and the words that name them, the dead and injured
 * (PLOVER's supplementary fields), location, the outlet and the sentence that says it.
 */
final class PloverWriter implements RecordWriter {

  @Override
  public void write(Article a, PrintStream out) throws IOException {
    EventRows rows = new EventRows(a);
    int n = 0;
    for (Event e : a.events()) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("id", a.id() + "-" + (++n));
      o.put("story_id", a.id());
      o.put("source", a.source());
      o.put("date", e.date());
      o.put("event_type", e.type());
      o.put("subtype", e.subtype());
      o.put("mode", e.mode());
      party(o.putObject("actor"), e.actor(), rows);
      party(o.putObject("recipient"), e.target(), rows);
      o.putPOJO("dead", e.casualties() == null ? null : e.casualties().killed());
      o.putPOJO("injured", e.casualties() == null ? null : e.casualties().injured());
      if (e.place() == null) {
        o.putNull("location");
      } else {
        o.putObject("location").put("entity", e.place()).put("name", rows.placeName(e.place()));
      }
      o.put("publisher", rows.outlet());
      o.putPOJO("credits", a.credits());
      o.put("published", a.published());
      o.put("trigger", e.trigger());
      o.put("start", e.start());
      o.put("end", e.end());
      o.put("text", rows.evidence(e));
      out.println(Json.MAPPER.writeValueAsString(o));
    }
  }

  private static void party(ObjectNode o, Party p, EventRows rows) {
    o.put("code", p == null ? null : p.code());
    o.put("sector", p == null ? null : p.sector());
    o.put("entity", p == null ? null : p.entity());
    o.put("name", rows.name(p));
    o.put("text", p == null ? null : p.text());
  }
}
