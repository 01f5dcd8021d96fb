package org.marsad.watch;

import java.io.IOException;
import org.marsad.doc.Article;
import org.marsad.ingest.RawArticle;
import org.marsad.store.StoreWriter;

/** Where the watcher puts what it read: the archive, seen through what the watcher needs of it. */
public interface ArticleStore {

  /** The hash of an article as read: equal hashes, the same input. */
  String readKey(RawArticle raw);

  /** Whether the archive holds this very input (after a crash between a commit and the state's record). */
  boolean holds(String readKey) throws IOException;

  /** Adds a record, replacing the earlier version from the same source. */
  void add(Article article, String readKey) throws IOException;

  /** Makes everything added durable. */
  void commit() throws IOException;

  /** The archive open for writing, as the watcher sees it. */
  static ArticleStore of(StoreWriter archive) {
    return new ArticleStore() {
      @Override
      public String readKey(RawArticle raw) {
        return StoreWriter.readKey(raw);
      }

      @Override
      public boolean holds(String readKey) throws IOException {
        return archive.holds(readKey);
      }

      @Override
      public void add(Article article, String readKey) throws IOException {
        archive.add(article, readKey);
      }

      @Override
      public void commit() throws IOException {
        archive.commit();
      }
    };
  }
}
