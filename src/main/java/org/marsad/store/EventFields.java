package org.marsad.store;

import org.marsad.doc.Event;
import org.marsad.doc.Party;

/**
 * The event fields of the document format added by issue 12: an actor's or target's CAMEO sector
 * and an event's PLOVER subtype. The archive indexes, filters and counts them through these two
 * methods only. Null means "not given".
 */
public final class EventFields {

  private EventFields() {}

  public static String sector(Party p) {
    return p == null ? null : p.sector();
  }

  public static String subtype(Event e) {
    return e.subtype();
  }
}
