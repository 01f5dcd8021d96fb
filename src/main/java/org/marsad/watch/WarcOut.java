package org.marsad.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Keeps what the watcher fetched as WARC (jwarc), one gzip-compressed file per run, so that a
 * crawl can be replayed: {@code marsad analyze} and {@code ingest} read it back. The body is
 * stored as received but with its gzip undone, so the copy drops the Content-Encoding header.
 */
final class WarcOut implements AutoCloseable {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  /** Headers that describe the bytes on the wire rather than the body kept. */
  private static final Set<String> WIRE = Set.of("content-encoding", "transfer-encoding", "content-length", ":status");

  private final WarcWriter writer;
  private final Path file;

  WarcOut(Path dir) throws IOException {
    Files.createDirectories(dir);
    file = dir.resolve("marsad-" + STAMP.format(Instant.now()) + "-" + ProcessHandle.current().pid() + ".warc.gz");
    writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        WarcCompression.GZIP);
  }

  Path file() {
    return file;
  }

  synchronized void write(URI requested, Fetched.Body b) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(b.status(), "");
    for (Map.Entry<String, List<String>> h : b.headers().entrySet()) {
      if (!WIRE.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        for (String v : h.getValue()) {
          http.addHeader(h.getKey(), v);
        }
      }
    }
    MediaType type;
    try {
      type = b.contentType() == null || b.contentType().isBlank() ? MediaType.OCTET_STREAM : MediaType.parse(b.contentType());
    } catch (IllegalArgumentException e) {
      type = MediaType.OCTET_STREAM;
    }
    http.body(type, b.bytes());
    WarcResponse.Builder record = new WarcResponse.Builder(b.url()).date(Instant.now()).body(http.build());
    // the URL asked for, when a redirect led elsewhere, stays findable
    if (!requested.equals(b.url())) {
      record.addHeader("WARC-Refers-To-Target-URI", requested.toString());
    }
    if (b.cut()) {
      record.truncated(WarcTruncationReason.LENGTH);
    }
    writer.write(record.build());
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
