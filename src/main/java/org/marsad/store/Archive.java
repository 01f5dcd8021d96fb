package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.facet.FacetsConfig;
import org.marsad.doc.Article;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;

/**
 * The archive open for writing: records go in, replacing any earlier version of the same article
 * (same id) or from the same place (same source), and become durable at {@link #commit()}; a
 * process killed between commits leaves the index as the last commit left it. Thread-safe:
 * analysis threads add at once.
 */
public final class Archive implements Closeable {

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = Schema.facets();
  /** The index as it was when opened: what an earlier run already holds. */
  private final IndexSearcher before;
  private final DirectoryReader beforeReader;

  private Archive(Path dir) throws IOException {
    Schema.init();
    Files.createDirectories(dir);
    directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(ArchiveAnalyzer.create())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(true);
    writer = new IndexWriter(directory, config);
    if (DirectoryReader.indexExists(directory)) {
      beforeReader = DirectoryReader.open(directory);
      before = new IndexSearcher(beforeReader);
    } else {
      beforeReader = null;
      before = null;
    }
  }

  /** Opens the archive in {@code dir}, making it when missing; one writer at a time. */
  public static Archive open(Path dir) throws IOException {
    return new Archive(dir);
  }

  /** The hash of an article as read, which says whether it changed since an earlier run. */
  public static String readKey(RawArticle raw) {
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

  /** True when an earlier run stored this very input (by its {@link #readKey}). */
  public boolean holds(String readKey) throws IOException {
    return before != null && before.count(new TermQuery(new Term(Schema.READ, readKey))) > 0;
  }

  /**
   * Adds a record; the earlier version of the same article, or the earlier article from the
   * same source, is replaced in the same step.
   */
  public void add(Article article, String readKey) throws IOException {
    BooleanQuery replaced = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ID, article.id())), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.SOURCE, Keys.source(article.source()))), BooleanClause.Occur.SHOULD)
        .build();
    writer.updateDocuments(replaced, List.of(facets.build(Schema.document(article, readKey))));
  }

  /** Makes everything added so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Articles held, counting those not yet committed. */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      if (beforeReader != null) {
        beforeReader.close();
      }
      writer.close();
    }
  }
}
