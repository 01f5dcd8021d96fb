package org.marsad.store;

import java.util.List;

/**
 * One page of results: {@code items} from position {@code offset} of {@code total} matches
 * (search counts articles, before copies of one story are grouped; events and quotations count
 * themselves).
 */
public record Page<T>(long total, int offset, List<T> items) {

  public Page {
    items = List.copyOf(items);
  }

  /** Whether results lie beyond this page. */
  public boolean more() {
    return offset + items.size() < total;
  }
}
