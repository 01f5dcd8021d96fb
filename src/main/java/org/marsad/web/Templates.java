package org.marsad.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the pages' JTE templates ({@code src/main/jte}), compiled to Java classes when Marsad
 * is built: nothing is compiled, and no folder written, while serving. JTE escapes every value
 * for where it stands (text, attribute), so a record's words can never become markup.
 */
final class Templates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
  private static final String LANG_COOKIE = "lang";

  private Templates() {}

  /** The reader's labels: {@code ?lang=} (remembered in a cookie), the cookie, then the browser's languages. */
  static Labels labels(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (Labels.ARABIC.equals(asked) || Labels.ENGLISH.equals(asked)) {
      ctx.cookie(new io.javalin.http.Cookie(LANG_COOKIE, asked, "/", 365 * 24 * 3600, false, true, null,
          io.javalin.http.SameSite.LAX));
      return Labels.of(asked);
    }
    return Labels.of(Labels.choose(ctx.cookie(LANG_COOKIE), ctx.header("Accept-Language")));
  }

  /** Renders {@code template} in the site's frame, titled by the label {@code titleKey} or by {@code title}. */
  static void page(Context ctx, String template, String title, Map<String, Object> params) {
    Labels t = labels(ctx);
    String section = template.replace(".jte", "");
    Frame frame = new Frame(t, t.get(title), section, ctx.path(), ctx.queryParamMap());
    Map<String, Object> all = new HashMap<>(params);
    all.put("frame", frame);
    StringOutput out = new StringOutput();
    ENGINE.render(template, all, out);
    ctx.contentType("text/html; charset=utf-8");
    ctx.header("Content-Language", t.language());
    ctx.header("Vary", "Accept-Language, Cookie");
    ctx.result(out.toString().stripLeading());
  }
}
