package org.marsad.web;

import io.javalin.http.Context;

/** What the events page's form was filled with, to show it again (blank where empty). */
public record EventsForm(String type, String subtype, String actor, String target, String actorCountry,
    String targetCountry, String actorSector, String targetSector, String mode, String from, String to, String a,
    String b) {

  static EventsForm of(Context ctx) {
    return new EventsForm(v(ctx, "type"), v(ctx, "subtype"), v(ctx, "actor"), v(ctx, "target"), v(ctx, "actorCountry"),
        v(ctx, "targetCountry"), v(ctx, "actorSector"), v(ctx, "targetSector"), v(ctx, "mode"), v(ctx, "from"),
        v(ctx, "to"), v(ctx, "a"), v(ctx, "b"));
  }

  private static String v(Context ctx, String name) {
    String s = Params.text(ctx, name);
    return s == null ? "" : s;
  }

  /** These filters on another page of results. */
  public String page(int offset) {
    return Href.to("/events").with("type", type).with("subtype", subtype).with("actor", actor).with("target", target)
        .with("actorCountry", actorCountry).with("targetCountry", targetCountry).with("actorSector", actorSector)
        .with("targetSector", targetSector).with("mode", mode).with("from", from).with("to", to).with("a", a)
        .with("b", b).with("offset", offset == 0 ? null : offset).toString();
  }
}
