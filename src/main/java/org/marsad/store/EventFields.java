package org.marsad.store;

import org.marsad.doc.Event;
import org.marsad.doc.Party;

/**
 * The event fields of the document format that the record does not carry yet: an actor's or
 * target's CAMEO sector and an event's PLOVER subtype (issue 12). The archive indexes, filters
 * and counts them through these two methods only, so that once {@link Event} and {@link Party}
 * carry them, returning the record's own field is the whole change. Null means "not given".
 */
public final class EventFields {

  private EventFields() {}

  public static String sector(Party p) {
    return null;
  }

  public static String subtype(Event e) {
    return null;
  }
}
