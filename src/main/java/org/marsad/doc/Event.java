package org.marsad.doc;

/**
 * A political event coded in PLOVER. {@code date} is a TIMEX3 value or null; {@code place}
 * an entity id or null; {@code mode} asserted, planned, negated or hypothetical;
 * {@code [start, end)} the sentence that says it; {@code trigger} the word that coded it.
 */
public record Event(
    String type,
    Party actor,
    Party target,
    String date,
    String place,
    String mode,
    int start,
    int end,
    String trigger) {}
