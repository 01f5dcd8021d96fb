package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file (plain or gzip, as Common Crawl's news crawl and {@code marsad watch
 * --warc-out} write them) through jwarc: every HTTP response of status 200 holding HTML is one
 * page, its source the URL it was fetched from. Other records are passed over; a record that
 * cannot be parsed ends the file with a line naming the file and the offset.
 */
final class WarcExtractor {

  private WarcExtractor() {}

  static boolean isWarc(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  static void read(Path file, ArticleReader reader, ArticleSink sink) {
    String where = file.toString();
    long at = 0;
    int pages = 0;
    try (WarcReader warc = new WarcReader(file)) {
      warc.setLenient(true);
      for (Optional<WarcRecord> r = warc.next(); r.isPresent(); r = warc.next()) {
        at = warc.position();
        if (!(r.get() instanceof WarcResponse response)) {
          continue;
        }
        HttpResponse http;
        try {
          http = response.http();
        } catch (IOException | RuntimeException e) {
          continue; // a response that is not HTTP (dns:, gemini:) holds no page
        }
        MediaType type = http.contentType();
        String mime = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(mime.equals("text/html") || mime.equals("application/xhtml+xml"))) {
          continue;
        }
        byte[] bytes;
        try (InputStream in = http.body().stream()) {
          bytes = in.readNBytes(ArticleReader.MAX_ARTICLE_BYTES);
        }
        pages++;
        String charset = type.parameters().get("charset");
        reader.readPage(response.target(), bytes, charset, sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(where, "WARC unreadable after " + pages + " pages, near byte " + at + ": "
          + FeedExtractor.oneLine(e.getMessage()));
      return;
    }
    if (pages == 0) {
      sink.problem(where, "WARC holds no HTML response");
    }
  }
}
