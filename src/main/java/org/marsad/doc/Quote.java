package org.marsad.doc;

/**
 * A quotation: {@code text} is what was said, without quotation marks, at
 * {@code [start, end)}; {@code speaker} the entity id, {@code speakerName} its canonical
 * name (both null when unresolved; a speaker the text names but no entity stands for has no id
 * and the name as written); {@code cue} the reporting verb as written;
 * {@code direct} true for words inside quotation marks.
 */
public record Quote(
    int start,
    int end,
    String text,
    String speaker,
    String speakerName,
    String cue,
    boolean direct) {}
