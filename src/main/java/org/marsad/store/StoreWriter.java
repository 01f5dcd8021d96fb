package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.doc.Article;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;

/**
 * The archive open for writing. Records go in, replacing any earlier version of the same
 * article (same id) or the earlier article from the same place (same {@link Keys#source source}),
 * and become durable at {@link #commit()}: a process killed between commits leaves the archive as
 * the last commit left it, and the next run, skipping what it {@link #holds}, completes the rest.
 * Thread-safe: analysis threads add at once.
 */
public interface StoreWriter extends Closeable {

  /** True when an earlier run stored this very input (by its {@link #readKey}). */
  boolean holds(String readKey) throws IOException;

  /** Adds a record; {@code readKey} is the {@link #readKey} of the input it was read from. */
  void add(Article article, String readKey) throws IOException;

  /** Makes everything added so far durable; fails, saying what to do, when it cannot. */
  void commit() throws IOException;

  /** Articles held, counting those not yet committed. */
  long size() throws IOException;

  /** The hash of an article as read, which says whether it changed since an earlier run. */
  static String readKey(RawArticle raw) {
    Given g = raw.given();
    String all = String.join("\u0000", Keys.source(raw.source()), raw.text(), String.valueOf(g.title()),
        String.valueOf(g.published()), String.valueOf(g.url()), String.valueOf(g.outlet()));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
