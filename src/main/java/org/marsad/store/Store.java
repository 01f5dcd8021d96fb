package org.marsad.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where an archive lives, named by the user with {@code --store}: a folder on this machine,
 * holding an embedded Lucene index (the default, {@code marsad-data}), or an OpenSearch index
 * ({@code http://host:9200/marsad}). Opened for writing by one {@link StoreWriter} at a time, for
 * reading by any number of {@link StoreReader}s.
 */
public sealed interface Store permits LuceneStore, OpenSearchStore {

  /** Where the archive is unless the user says otherwise. */
  String DEFAULT = "marsad-data";

  /** The store a user's {@code --store} value names. */
  static Store at(String where) {
    if (where == null || where.isBlank()) {
      throw new IllegalArgumentException("--store names a folder or an OpenSearch index (http://host:9200/marsad)");
    }
    if (where.startsWith("http://") || where.startsWith("https://")) {
      return OpenSearchStore.parse(where);
    }
    return new LuceneStore(Path.of(where));
  }

  /** Opens the archive for writing, making it when missing. */
  StoreWriter openWriter() throws IOException;

  /** Opens the archive for reading; a {@link StoreException} ({@link StoreException.Reason#MISSING}) when there is none. */
  StoreReader openReader() throws IOException;
}
