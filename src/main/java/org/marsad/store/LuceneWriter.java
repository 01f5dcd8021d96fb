package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.doc.Article;

/** The embedded archive open for writing ({@link StoreWriter}): one Lucene index writer, one process at a time. */
public final class LuceneWriter implements StoreWriter {

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = Schema.facets();
  /** The index as it was when opened: what an earlier run already holds. */
  private final IndexSearcher before;
  private final DirectoryReader beforeReader;

  private LuceneWriter(Path dir, FSDirectory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(ArchiveAnalyzer.create())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(true);
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new StoreException(StoreException.Reason.BUSY,
          dir + " is being written by another ingest; try again when it is done", e);
    }
    if (DirectoryReader.indexExists(directory)) {
      beforeReader = DirectoryReader.open(directory);
      try {
        Schema.checkVersion(beforeReader, dir);
      } catch (StoreException e) {
        beforeReader.close();
        writer.rollback();
        throw e;
      }
      before = new IndexSearcher(beforeReader);
    } else {
      beforeReader = null;
      before = null;
    }
    writer.setLiveCommitData(Schema.versionData().entrySet());
  }

  /** Opens the archive in {@code dir}, making it when missing; one writer at a time. */
  public static LuceneWriter open(Path dir) throws IOException {
    Schema.init();
    Files.createDirectories(dir);
    FSDirectory directory = FSDirectory.open(dir);
    try {
      return new LuceneWriter(dir, directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public boolean holds(String readKey) throws IOException {
    return before != null && before.count(new TermQuery(new Term(Schema.READ, readKey))) > 0;
  }

  /**
   * Replaces the earlier version of the same article, or the earlier article from the same
   * source, with its events and quotations, in one step: the article and its units are one block.
   */
  @Override
  public void add(Article article, String readKey) throws IOException {
    BooleanQuery replaced = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ID, article.id())), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.OF, article.id())), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.SOURCE, Keys.source(article.source()))), BooleanClause.Occur.SHOULD)
        .build();
    List<Document> block = new ArrayList<>(Schema.units(article));
    block.add(facets.build(Schema.document(article, readKey)));
    writer.updateDocuments(replaced, block);
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public long size() throws IOException {
    try (DirectoryReader now = DirectoryReader.open(writer)) {
      return new IndexSearcher(now).count(new TermQuery(new Term(Schema.KIND, Schema.ARTICLE)));
    }
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
