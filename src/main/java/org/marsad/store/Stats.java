package org.marsad.store;

import java.util.List;

/**
 * What the archive holds: how many articles, the first and last publication dates ("?" when
 * none is dated), and the most frequent outlets, entities, event types and years.
 */
public record Stats(int articles, String first, String last, List<Count> outlets, List<Count> entities,
    List<Count> events, List<Count> years) {

  public Stats {
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    years = List.copyOf(years);
  }

  /** A facet value and the number of articles that have it. */
  public record Count(String label, int count) {}
}
