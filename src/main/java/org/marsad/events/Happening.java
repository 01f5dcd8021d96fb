package org.marsad.events;

import org.marsad.text.DataFiles;

/**
 * Whether a material act is told as having happened rather than only spoken of: a verb tells it
 * by itself; a noun by a word of {@code events/occurrence.tsv} marked "happened" in its clause
 * ("وقع الهجوم"), a time expression there, or a count of casualties in the sentence, and not when
 * a "topic" word governs it ("التحقيق في اغتيال") with no casualties counted; never where a
 * "compound" word makes another thing of it ("وقف إطلاق النار").
 */
final class Happening {

  /** How far before the noun a topic word governs it, in tokens ("التحقيق في اغتيال"). */
  private static final int TOPIC_REACH = 2;

  private final Phrases happened = Phrases.withClitics();
  private final Phrases topics = Phrases.withClitics();
  private final Phrases compounds = Phrases.withClitics();

  Happening() {
    for (DataFiles.Row row : DataFiles.rows("events/occurrence.tsv", 2)) {
      switch (row.field(1)) {
        case "happened" -> happened.add(row.field(0));
        case "topic" -> topics.add(row.field(0));
        case "compound" -> compounds.add(row.field(0));
        default -> throw row.error("\"happened\", \"topic\" or \"compound\" in field 2");
      }
    }
  }

  /** Whether the event word at {@code t} tells an act that happened; {@code counted} whether casualties are counted. */
  boolean told(EventSentence s, int t, EventLexicon.Match m, boolean counted) {
    if (t > 0 && compounds.matchAt(s.norms, t - 1) == 1) {
      return false;
    }
    if (m.entry().kind() != EventLexicon.Kind.NOUN || counted) {
      return true;
    }
    for (int i = Math.max(0, t - TOPIC_REACH); i < t; i++) {
      if (topics.matchAt(s.norms, i) > 0) {
        return false;
      }
    }
    int from = ModeReader.clauseStart(s, t);
    int to = ModeReader.clauseEnd(s, t);
    for (int i = from; i < to; i++) {
      if (i != t && (s.isTime(i) || happened.matchAt(s.norms, i) > 0)) {
        return true;
      }
    }
    return false;
  }
}
