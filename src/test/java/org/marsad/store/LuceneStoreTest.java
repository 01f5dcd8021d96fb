package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded store: a Lucene index in a folder. */
class LuceneStoreTest extends StoreContract {

  @TempDir
  static Path dir;

  @Override
  Store store(String name) {
    return Store.at(dir.resolve(name).toString());
  }

  @Test
  void aFolderWithoutAnArchiveSaysHowToMakeOne() {
    assertThatThrownBy(() -> store("nothing").openReader()).isInstanceOfSatisfying(StoreException.class, e -> {
      assertThat(e.reason()).isEqualTo(StoreException.Reason.MISSING);
      assertThat(e.getMessage()).contains("marsad ingest");
    });
  }

  @Test
  void oneWriterAtATime() throws IOException {
    Store store = store("busy");
    try (StoreWriter first = store.openWriter()) {
      assertThatThrownBy(store::openWriter).isInstanceOfSatisfying(StoreException.class,
          e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.BUSY));
    }
  }
}
