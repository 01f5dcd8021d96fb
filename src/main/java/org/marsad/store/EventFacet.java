package org.marsad.store;

import java.util.Locale;

/** What events are counted by ({@link StoreReader#eventCounts}): a value of each event, in its display form. */
public enum EventFacet {
  /** The PLOVER type (ACCUSE, CONSULT...). */
  TYPE,
  /** The PLOVER subtype, where the record gives one. */
  SUBTYPE,
  /** The CAMEO sector of the actor, where the record gives one. */
  SECTOR,
  /** The country where it happened: the code (or country) of its place. */
  PLACE;

  /** The field its labels are kept in, by both stores. */
  String field() {
    return "e.label." + name().toLowerCase(Locale.ROOT);
  }
}
