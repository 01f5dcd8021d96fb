package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.marsad.cli.Main;
import org.marsad.store.Store;
import org.marsad.store.StoreReader;
import org.marsad.store.StoreWriter;

/**
 * A server on a free loopback port over an archive built, once per test run, from the
 * project's own sample articles ({@code samples/}, all invented for Marsad), as a person would
 * run it: {@code marsad ingest samples}, then {@code marsad serve}.
 */
final class Served implements AutoCloseable {

  private static Served samples;

  final Path dir;
  final StoreReader reader;
  final Optional<StoreWriter> writer;
  final WebServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Served(Path dir, String token) throws IOException {
    this.dir = dir;
    Store store = Store.at(dir.toString());
    this.writer = token == null ? Optional.empty() : Optional.of(store.openWriter());
    this.reader = store.openReader();
    this.server = WebServer.start(reader, writer, new WebServer.Options("127.0.0.1", 0, token));
  }

  /** The archive of {@code samples/}, served read-only; shared by the test classes of one run. */
  static synchronized Served samples() {
    if (samples == null) {
      samples = serve(ingest("samples"), null);
      Runtime.getRuntime().addShutdownHook(new Thread(samples::close));
    }
    return samples;
  }

  /** A new archive of these inputs (files, folders, JSONL) served with this ingest token (null: read-only). */
  static Served serve(Path dir, String token) {
    try {
      return new Served(dir, token);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code marsad ingest PATHS --store DIR} into a new temporary folder. */
  static Path ingest(String... paths) {
    try {
      Path dir = Files.createTempDirectory("marsad-web-test");
      String[] args = Stream.concat(Stream.of("ingest"), Stream.concat(Stream.of(paths),
          Stream.of("--store", dir.toString(), "--threads", "2"))).toArray(String[]::new);
      assertThat(Main.run(args)).as("marsad ingest " + String.join(" ", paths)).isZero();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.GET().build());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", contentType);
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
    try {
      reader.close();
      if (writer.isPresent()) {
        writer.get().close();
      }
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // a temporary folder left behind is no test failure
    }
  }

  static List<String> lines(String body) {
    return body.lines().filter(l -> !l.isBlank()).toList();
  }
}
