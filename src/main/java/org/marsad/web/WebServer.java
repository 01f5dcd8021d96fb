package org.marsad.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.store.StoreReader;
import org.marsad.store.StoreWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server of {@code marsad serve}: Javalin on Jetty, with the desk's pages, its JSON API
 * and its assets. Safe by default: one host (loopback unless told), a Content-Security-Policy
 * that allows no inline script and nothing from elsewhere, bounded request bodies, and every
 * error a short message with a 4xx status, never a stack trace.
 */
public final class WebServer implements AutoCloseable {

  /** The largest request body read (an article to analyse or ingest). */
  public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

  /** Scripts, styles, images and requests from this server only; no inline script, no frames, no plugins. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  static {
    // Javalin and Jetty tell every start at INFO; a user of serve needs only the line serve prints
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
  }

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Where to listen, and the token that allows {@code POST /api/ingest} (null: read-only). */
  public record Options(String host, int port, String ingestToken) {

    public Options {
      if (ingestToken != null && ingestToken.length() < 16) {
        throw new IllegalArgumentException("an ingest token is at least 16 characters, so that it cannot be guessed");
      }
    }

    public static Options loopback(int port) {
      return new Options("127.0.0.1", port, null);
    }
  }

  /**
   * Starts serving the archive {@code reader} reads; {@code writer} is where {@code POST /api/ingest}
   * stores, present only with an ingest token. Port 0 takes a free one ({@link #port()}).
   */
  public static WebServer start(StoreReader reader, Optional<StoreWriter> writer, Options options) {
    Desk desk = new Desk(reader);
    boolean loopback = isLoopback(options.host());
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = options.host();
      config.jetty.port = options.port();
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.http.compressionStrategy = CompressionStrategy.GZIP;
      config.http.defaultContentType = "text/plain; charset=utf-8";
      config.router.ignoreTrailingSlashes = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
      config.staticFiles.enableWebjars();
      config.staticFiles.add(files -> {
        files.hostedPath = "/assets";
        files.directory = "/web/assets";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "max-age=3600");
      });
      config.routes.before(ctx -> {
        headers(ctx);
        if (loopback) {
          refuseForeignHost(ctx);
        }
      });
      new Api(desk, writer, options.ingestToken()).register(config.routes);
      new Pages(desk).register(config.routes);
      config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        fail(ctx, 500, "the server could not answer this request; the error is in its log");
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          fail(ctx, 404, "nothing at " + ctx.path() + "; the pages are /, /search, /quotes, /events; the API is described at /api/openapi.json");
        }
      });
      config.routes.error(405, ctx -> fail(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
    });
    app.start();
    return new WebServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Headers on every answer: what the browser may load, and that it must not guess types or frame us. */
  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
  }

  /**
   * On loopback, a request must name this machine: a page elsewhere whose name was re-pointed at
   * 127.0.0.1 (DNS rebinding) then cannot read the archive through the reader's browser.
   */
  private static void refuseForeignHost(Context ctx) {
    String host = ctx.header("Host");
    if (host == null) {
      return;
    }
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":")[0];
    if (!LOOPBACK_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      throw new HttpResponseException(HttpStatus.MISDIRECTED_REQUEST.getCode(),
          "this server answers requests to localhost or 127.0.0.1 only, not to " + name, Map.of());
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot listen on \"" + host + "\": no such address", e);
    }
  }

  /** An error: JSON under /api and for clients that ask for it, else a page in the reader's language. */
  static void fail(Context ctx, int status, String message) {
    ctx.status(status);
    String text = message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message;
    if (ctx.path().startsWith("/api/") || !String.valueOf(ctx.header("Accept")).contains("text/html")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("error", text);
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(Charts.json(body));
    } else {
      Templates.page(ctx, "error.jte", "error.title", Map.of("status", status, "message", text));
    }
  }
}
