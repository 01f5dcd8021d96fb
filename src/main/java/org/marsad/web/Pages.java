package org.marsad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import org.marsad.store.EventRequest;

/** The desk's pages: home, search, an article, an entity, quotations, events. */
final class Pages {

  private final Desk desk;

  Pages(Desk desk) {
    this.desk = desk;
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> Templates.page(ctx, "home.jte", "nav.home", Map.of("view", desk.home())));
    routes.get("/search", ctx -> Templates.page(ctx, "search.jte", "nav.search",
        Map.of("view", desk.search(Params.search(ctx, Api.PAGE), true))));
    routes.get("/article/{id}", ctx -> {
      Views.ArticleView v = desk.article(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse(
          "no article " + Params.shorten(ctx.pathParam("id")) + " in the archive"));
      String title = v.headline() != null ? v.headline() : "article.notitle";
      Templates.page(ctx, "article.jte", title.length() > 120 ? title.substring(0, 120) + "…" : title,
          Map.of("view", v));
    });
    routes.get("/entity/{id}", ctx -> {
      Views.EntityView v = desk.entity(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse(
          "no article names \"" + Params.shorten(ctx.pathParam("id")) + "\""));
      Templates.page(ctx, "entity.jte", v.name() != null ? v.name() : v.id(), Map.of("view", v));
    });
    routes.get("/quotes", ctx -> {
      Map<String, Object> p = new HashMap<>();
      p.put("view", desk.quotes(Params.quotes(ctx, Api.LIST_PAGE)));
      p.put("speaker", nonNull(Params.text(ctx, "speaker")));
      p.put("about", nonNull(Params.text(ctx, "about")));
      p.put("from", nonNull(Params.text(ctx, "from")));
      p.put("to", nonNull(Params.text(ctx, "to")));
      Templates.page(ctx, "quotes.jte", "nav.quotes", p);
    });
    routes.get("/events", ctx -> {
      EventRequest q = Params.events(ctx, Api.LIST_PAGE);
      String a = Params.text(ctx, "a");
      String b = Params.text(ctx, "b");
      Map<String, Object> p = new HashMap<>();
      p.put("form", EventsForm.of(ctx));
      if (a != null && b != null) {
        Views.DyadView dyad = desk.dyad(a, b, q.offset(), q.limit());
        p.put("dyad", dyad);
        p.put("view", dyad.events());
      } else {
        p.put("dyad", null);
        p.put("view", desk.events(q));
      }
      p.put("map", Charts.map(((Views.EventsView) p.get("view")).places()));
      Templates.page(ctx, "events.jte", "nav.events", p);
    });
    routes.get("/map/world.json", ctx -> {
      ctx.header("Cache-Control", "max-age=86400");
      ctx.contentType("application/json").result(WorldMap.json());
    });
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
