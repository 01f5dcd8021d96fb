package org.marsad.store;

import java.io.IOException;
import java.nio.file.Path;

/** An archive in a folder: an embedded Lucene index ({@link LuceneWriter}, {@link LuceneReader}). */
public record LuceneStore(Path dir) implements Store {

  @Override
  public StoreWriter openWriter() throws IOException {
    return LuceneWriter.open(dir);
  }

  @Override
  public StoreReader openReader() throws IOException {
    return LuceneReader.open(dir);
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}
