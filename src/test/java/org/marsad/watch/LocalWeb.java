package org.marsad.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A web site on 127.0.0.1 for tests: routes by path, and a count and log of the requests it got. */
final class LocalWeb implements AutoCloseable {

  /** Answers one request. */
  interface Route {
    void answer(HttpExchange x, int nth) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();

  LocalWeb() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      requests.add(path);
      headers.add(Map.copyOf(x.getRequestHeaders()));
      int nth = counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
      Route r = routes.get(path);
      try (x) {
        if (r == null) {
          send(x, 404, "text/plain", "not here");
        } else {
          r.answer(x, nth);
        }
      } catch (IOException e) {
        // the client went away (a time-out, a cut body): nothing more to send
      }
    });
    server.start();
  }

  LocalWeb route(String path, Route r) {
    routes.put(path, r);
    return this;
  }

  LocalWeb page(String path, String contentType, String body) {
    return route(path, (x, n) -> send(x, 200, contentType, body));
  }

  int count(String path) {
    AtomicInteger c = counts.get(path);
    return c == null ? 0 : c.get();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  static void send(HttpExchange x, int status, String type, String body) throws IOException {
    send(x, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    if (type != null) {
      x.getResponseHeaders().set("Content-Type", type);
    }
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
