package org.marsad.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A political event coded in PLOVER. {@code subtype} is PLOVER's mode of the type where the text
 * says it ({@code firearms}, {@code demonstrate}, {@code arrest}...); {@code actor} is absent where
 * the text names no one who acts, {@code target} for an event done to no one (a demonstration);
 * {@code date} a TIMEX3 value or null; {@code place} an entity id or null; {@code mode}
 * asserted, planned, negated or hypothetical; {@code casualties} the dead and injured the
 * sentence counts, absent where it counts none; {@code [start, end)} the sentence that says it;
 * {@code trigger} the word that coded it.
 */
@JsonPropertyOrder({"type", "subtype", "actor", "target", "date", "place", "mode", "casualties", "start", "end",
    "trigger"})
public record Event(
    String type,
    @JsonInclude(JsonInclude.Include.NON_NULL) String subtype,
    @JsonInclude(JsonInclude.Include.NON_NULL) Party actor,
    @JsonInclude(JsonInclude.Include.NON_NULL) Party target,
    String date,
    String place,
    String mode,
    @JsonInclude(JsonInclude.Include.NON_NULL) Casualties casualties,
    int start,
    int end,
    String trigger) {

  /** An event with no subtype and no casualties: the verbal types. */
  public Event(String type, Party actor, Party target, String date, String place, String mode, int start, int end,
      String trigger) {
    this(type, null, actor, target, date, place, mode, null, start, end, trigger);
  }
}
