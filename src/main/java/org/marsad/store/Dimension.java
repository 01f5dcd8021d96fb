package org.marsad.store;

import java.util.Arrays;
import java.util.Locale;

/**
 * What articles are filtered and counted by. A filter value is matched {@link Keys#fold folded}
 * against every way the record says it (an entity by id, any name or spelling; a country by code
 * or name; an outlet by credit or host); a count is labelled with the display form (an entity's
 * canonical name, a country's code).
 */
public enum Dimension {
  /** An entity the article names. */
  ENTITY,
  /** The type of an entity it names: PERSON, ORG, GPE, LOC, MISC. */
  TYPE,
  /** A country it is about: of an entity it names, or of an event's actor or target. */
  COUNTRY,
  /** The outlet or agency credited, else the host it came from. */
  OUTLET,
  /** Publication year ("2019"). */
  YEAR,
  /** Publication month ("2019-05"). */
  MONTH,
  /** The PLOVER type of an event in it (ACCUSE, CONSULT...). */
  EVENT,
  /** The CAMEO sector of an event's actor (GOV, MIL, COP, REB...), where the record gives one. */
  SECTOR,
  /** The PLOVER subtype of an event (firearms, demonstrate, arrest...), where the record gives one. */
  SUBTYPE,
  /** Who is quoted in it. */
  SPEAKER;

  /** The name in URLs, options and index fields: "entity", "sector"... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an article has at most one value (its date) rather than many. */
  public boolean singleValued() {
    return this == YEAR || this == MONTH;
  }

  /** The dimension a user's name ("entity", "Sector") stands for. */
  public static Dimension of(String key) {
    for (Dimension d : values()) {
      if (d.key().equalsIgnoreCase(key.strip())) {
        return d;
      }
    }
    throw new IllegalArgumentException("no filter \"" + key + "\"; there are "
        + Arrays.stream(values()).map(Dimension::key).toList());
  }
}
