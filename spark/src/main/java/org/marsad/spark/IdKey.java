package org.marsad.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;

/**
 * A record's place in the output: by article id, then by source, so that of several copies of
 * one article (the same text read twice) the one from the first source in sort order is kept,
 * whichever task met it first. {@code readKey} is the {@link org.marsad.store.StoreWriter#readKey}
 * of the input the record was made from, for loading it into a store; it plays no part in order.
 */
record IdKey(String id, String source, String readKey) implements Serializable, Comparable<IdKey> {

  @Serial
  private static final long serialVersionUID = 1L;

  private static final Comparator<IdKey> ORDER = Comparator.comparing(IdKey::id).thenComparing(IdKey::source);

  @Override
  public int compareTo(IdKey o) {
    return ORDER.compare(this, o);
  }
}
