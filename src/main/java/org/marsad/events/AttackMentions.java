package org.marsad.events;

import org.marsad.text.DataFiles;

/**
 * Whether an attack's word names an attack the sentence speaks of rather than reports: the
 * matter of a charge, an inquiry, a trial or a confession ("اتهم الأربعة بأنهم أقدموا على
 * تفجير")، of a denial ("نفى أن يكونوا تعرضوا للتعذيب")، both standing anywhere before it in its
 * sentence; or a running total of the dead in its clause ("قتل 13 جنديا حتى الآن هذا الشهر").
 * The words are those of {@code events/attack-mentions.tsv}.
 */
final class AttackMentions {

  private final Phrases proceedings = Phrases.withClitics();
  private final Phrases denials = Phrases.withClitics();
  private final Phrases totals = Phrases.withClitics();

  AttackMentions() {
    for (DataFiles.Row row : DataFiles.rows("events/attack-mentions.tsv", 2)) {
      switch (row.field(1)) {
        case "proceeding" -> proceedings.add(row.field(0));
        case "denial" -> denials.add(row.field(0));
        case "total" -> totals.add(row.field(0));
        default -> throw row.error("proceeding, denial or total in field 2");
      }
    }
  }

  /** Whether the attack's word at {@code t} is spoken of: under a proceeding or a denial, or counted in a total. */
  boolean spokenOf(EventSentence s, int t) {
    for (int i = 0; i < t; i++) {
      if (proceedings.matchAt(s.norms, i) > 0 || denials.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    for (int i = ModeReader.clauseStart(s, t); i < ModeReader.clauseEnd(s, t); i++) {
      if (i != t && totals.matchAt(s.norms, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
