package org.marsad.store;

import java.util.List;

/**
 * What the archive holds: how many articles, the first and last publication dates ("?" when
 * none is dated), the most frequent outlets, entities and event types, and articles per year.
 */
public record Stats(long articles, String first, String last, List<Count> outlets, List<Count> entities,
    List<Count> events, List<Count> years) {

  public Stats {
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    years = List.copyOf(years);
  }
}
