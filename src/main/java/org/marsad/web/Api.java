package org.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.doc.Article;
import org.marsad.doc.Json;
import org.marsad.ingest.RawArticle;
import org.marsad.store.Export;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreWriter;

/**
 * The JSON API under {@code /api}: the same answers as the pages, with the command line's
 * filters as query parameters ({@code /api/openapi.json} describes them). Read-only, but for
 * {@code POST /api/ingest}, which exists only when the server was given a token and answers only
 * requests that carry it.
 */
final class Api {

  static final int PAGE = 10;
  static final int LIST_PAGE = 50;

  private final Desk desk;
  private final Intake intake = new Intake();
  private final Optional<StoreWriter> writer;
  private final byte[] token;

  Api(Desk desk, Optional<StoreWriter> writer, String ingestToken) {
    this.desk = desk;
    this.writer = writer;
    this.token = ingestToken == null ? null : ingestToken.getBytes(StandardCharsets.UTF_8);
  }

  void register(RoutesConfig routes) {
    // facets and months only when asked, as marsad search --facets: they cost two more passes over the matches
    routes.get("/api/search", ctx -> json(ctx, desk.search(Params.search(ctx, PAGE), Params.flag(ctx, "facets"))));
    routes.get("/api/articles/{id}", ctx -> {
      Views.ArticleView v = desk.article(ctx.pathParam("id"))
          .orElseThrow(() -> new NotFoundResponse("no article " + Params.shorten(ctx.pathParam("id")) + " in the archive"));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("article", v.article());
      body.put("copies", v.copies());
      json(ctx, body);
    });
    routes.get("/api/entities/{id}", ctx -> json(ctx, desk.entity(ctx.pathParam("id")).orElseThrow(
        () -> new NotFoundResponse("no article names \"" + Params.shorten(ctx.pathParam("id")) + "\"; try an id such as"
            + " country:RUS, or a name as the records spell it"))));
    routes.get("/api/timeline", ctx -> {
      String entity = Params.text(ctx, "entity");
      if (entity == null) {
        throw new BadRequestResponse("name an entity: /api/timeline?entity=country:RUS (an id, a name or a spelling)");
      }
      json(ctx, desk.timeline(entity, Params.text(ctx, "with"), Params.integer(ctx, "limit", 500, 1, 1000)));
    });
    routes.get("/api/quotes", ctx -> json(ctx, desk.quotes(Params.quotes(ctx, LIST_PAGE))));
    routes.get("/api/events", ctx -> json(ctx, desk.events(Params.events(ctx, LIST_PAGE))));
    routes.get("/api/events/dyad", ctx -> {
      String a = Params.text(ctx, "a");
      String b = Params.text(ctx, "b");
      if (a == null || b == null) {
        throw new BadRequestResponse("name two countries: /api/events/dyad?a=RUS&b=USA (codes or names)");
      }
      Params.Window w = Params.window(ctx, LIST_PAGE);
      json(ctx, desk.dyad(a, b, w.offset(), w.limit()));
    });
    routes.get("/api/events/map", ctx -> json(ctx, desk.events(Params.events(ctx, LIST_PAGE)).places()));
    routes.get("/api/stats", ctx -> json(ctx, desk.stats()));
    routes.get("/api/export", this::export);
    routes.get("/api/openapi.json", ctx -> {
      try (InputStream in = Api.class.getResourceAsStream("/web/openapi.json")) {
        ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
      }
    });
    routes.post("/api/analyze", ctx -> {
      byte[] body = ctx.bodyAsBytes();
      json(ctx, intake.analyze(intake.read(body, ctx.contentType(), Intake.where(body))));
    });
    routes.post("/api/ingest", this::ingest);
  }

  /** Every record a search matches, streamed as it is read: JSONL, CSV, or PLOVER events. */
  private void export(Context ctx) throws IOException {
    String format = Params.text(ctx, "format");
    if (format == null || !Export.FORMATS.contains(format)) {
      throw new BadRequestResponse("\"format\" is one of " + Export.FORMATS + ", not \""
          + (format == null ? "" : Params.shorten(format)) + "\"");
    }
    SearchRequest r = Params.search(ctx, 1);
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"marsad-export." + (format.equals("csv") ? "csv" : "jsonl") + "\"");
    desk.export(r, format, ctx.outputStream());
  }

  private void ingest(Context ctx) throws IOException {
    if (token == null || writer.isEmpty()) {
      throw new ForbiddenResponse("this server is read-only; to ingest over HTTP start it with"
          + " marsad serve --ingest-token TOKEN and send the header Authorization: Bearer TOKEN");
    }
    String auth = ctx.header("Authorization");
    byte[] given = auth != null && auth.startsWith("Bearer ")
        ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("send the server's ingest token as the header Authorization: Bearer TOKEN");
    }
    byte[] body = ctx.bodyAsBytes();
    RawArticle raw = intake.read(body, ctx.contentType(), Intake.where(body));
    Article a = intake.analyze(raw);
    StoreWriter w = writer.get();
    synchronized (w) {
      w.add(a, StoreWriter.readKey(raw));
      w.commit();
    }
    desk.refresh();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", a.id());
    answer.put("href", Href.article(a.id()));
    answer.put("title", a.title());
    ctx.status(201);
    json(ctx, answer);
  }

  static void json(Context ctx, Object value) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(Json.MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer cannot be written as JSON", e);
    }
  }
}
