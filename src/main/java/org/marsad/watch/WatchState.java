package org.marsad.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the watcher knows of each URL, kept in a folder next to the archive so that a killed
 * watcher starts again where it stopped. Two files: {@code state.jsonl}, a snapshot, and
 * {@code journal.jsonl}, one line per change since, each written and forced to disk before the
 * watcher acts on it. A line cut short by a crash is ignored. When the journal grows, the
 * snapshot is rewritten (to a new file, forced, then moved over the old one) and the journal
 * emptied. Thread-safe.
 */
final class WatchState implements AutoCloseable {

  /**
   * One URL: its validators for conditional GET, the listing's last-modified time when it was
   * read, the hash of the article as read and its id (null while it is only queued; an empty hash
   * for a page that failed for good: gone, forbidden, not HTML), and when it was first and last
   * fetched (epoch milliseconds).
   */
  record Entry(String url, String etag, String lastModified, Long listed, String readKey, String id, long first,
      long last) {

    /** Done with: stored, or failed for good. */
    boolean stored() {
      return readKey != null;
    }

    /** An article from this URL is in the archive. */
    boolean holdsArticle() {
      return readKey != null && !readKey.isEmpty();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The journal is folded into the snapshot past this many lines. */
  private static final int COMPACT_AFTER = 20_000;

  private final Path dir;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private FileChannel journal;
  private int journalLines;

  private WatchState(Path dir) {
    this.dir = dir;
  }

  /** Where the state of the archive in {@code index} lives: a folder beside it. */
  static Path folderFor(Path index) {
    Path abs = index.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".watch");
  }

  static WatchState open(Path dir) throws IOException {
    Files.createDirectories(dir);
    WatchState s = new WatchState(dir);
    s.load(dir.resolve("state.jsonl"));
    s.load(dir.resolve("journal.jsonl"));
    s.compact();
    return s;
  }

  private void load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          Entry e = JSON.readValue(line, Entry.class);
          if (e.url() != null) {
            entries.put(e.url(), e);
          }
        } catch (JsonProcessingException e) {
          // the last line of a journal cut by a crash: what it said was never acted on
        }
      }
    }
  }

  synchronized Optional<Entry> get(String url) {
    return Optional.ofNullable(entries.get(url));
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized Collection<Entry> all() {
    return List.copyOf(entries.values());
  }

  /** Records entries, durable when this returns. */
  synchronized void put(Collection<Entry> changed) throws IOException {
    if (changed.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (Entry e : changed) {
      b.append(JSON.writeValueAsString(e)).append('\n');
    }
    ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      journal.write(buf);
    }
    journal.force(false);
    for (Entry e : changed) {
      entries.put(e.url(), e);
    }
    journalLines += changed.size();
    if (journalLines > COMPACT_AFTER) {
      compact();
    }
  }

  /** Folds the journal into a new snapshot. */
  synchronized void compact() throws IOException {
    Path tmp = dir.resolve("state.jsonl.tmp");
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      StringBuilder b = new StringBuilder();
      for (Entry e : entries.values()) {
        b.append(JSON.writeValueAsString(e)).append('\n');
        if (b.length() > 1 << 20) {
          write(out, b);
        }
      }
      write(out, b);
      out.force(true);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.move(tmp, dir.resolve("state.jsonl"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    if (journal != null) {
      journal.close();
    }
    journal = FileChannel.open(dir.resolve("journal.jsonl"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    journal.force(true);
    journalLines = 0;
  }

  private static void write(FileChannel out, StringBuilder b) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      out.write(buf);
    }
    b.setLength(0);
  }

  @Override
  public synchronized void close() throws IOException {
    if (journal != null) {
      journal.close();
    }
  }
}
