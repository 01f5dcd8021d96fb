package org.marsad.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.text.DataFiles;

/**
 * PLOVER's mode of an event, its subtype in the record: the one its event word carries
 * ("اغتال" assassinate), else the first line of {@code events/modes.tsv} whose word stands in
 * the event word's clause ("بسيارة مفخخة" explosives, "تظاهر" demonstrate).
 */
final class Modes {

  private record Line(String type, String mode, Phrases words) {}

  private final List<Line> lines = new ArrayList<>();

  Modes() {
    for (DataFiles.Row row : DataFiles.rows("events/modes.tsv", 2)) {
      String[] typed = row.field(0).split(":", 2);
      if (typed.length != 2 || !EventLexicon.TYPES.contains(typed[0]) || !typed[1].matches("[a-z-]+")) {
        throw row.error("TYPE:mode in field 1, TYPE a PLOVER type and mode in lower case");
      }
      Phrases words = Phrases.withClitics();
      words.add(row.field(1));
      lines.add(new Line(typed[0], typed[1], words));
    }
  }

  /** Every mode of the list, as TYPE:mode. */
  Set<String> known() {
    Set<String> out = new HashSet<>();
    lines.forEach(l -> out.add(l.type() + ":" + l.mode()));
    return out;
  }

  /** The mode of the event word at token {@code t}, or null where neither it nor its clause says it. */
  String of(EventSentence s, int t, EventLexicon.Match m) {
    if (m.entry().subtype() != null) {
      return m.entry().subtype();
    }
    int from = ModeReader.clauseStart(s, t);
    int to = ModeReader.clauseEnd(s, t);
    for (Line line : lines) {
      if (!line.type().equals(m.type())) {
        continue;
      }
      for (int i = from; i < to; i++) {
        int len = line.words().matchAt(s.norms, i);
        if (len > 0 && i + len <= to) {
          return line.mode();
        }
      }
    }
    return null;
  }
}
