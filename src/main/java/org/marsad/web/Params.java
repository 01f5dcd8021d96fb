package org.marsad.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.store.Dimension;
import org.marsad.store.EventRequest;
import org.marsad.store.Order;
import org.marsad.store.QuoteRequest;
import org.marsad.store.SearchRequest;

/**
 * Reads a request's query parameters into the store's requests, within bounds: words, values,
 * pages and depth are all limited, and what is out of bounds is refused with a message that
 * says what is allowed, never silently cut.
 */
final class Params {

  static final int MAX_QUERY_CHARS = 500;
  static final int MAX_VALUE_CHARS = 200;
  static final int MAX_VALUES = 10;
  static final int MAX_PAGE = 100;
  /** How deep one may page: offset plus page size. */
  static final int MAX_DEPTH = 10_000;

  private Params() {}

  /** A text parameter, stripped; null when absent or blank; refused when longer than {@code max}. */
  static String text(Context ctx, String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max) {
      throw new BadRequestResponse("\"" + name + "\" is " + v.length() + " characters long; at most " + max + " are read");
    }
    return v.strip();
  }

  static String text(Context ctx, String name) {
    return text(ctx, name, MAX_VALUE_CHARS);
  }

  /** Every value of a repeatable parameter, at most {@value #MAX_VALUES}. */
  static List<String> values(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      if (v == null || v.isBlank()) {
        continue;
      }
      if (v.length() > MAX_VALUE_CHARS) {
        throw new BadRequestResponse("a \"" + name + "\" value is " + v.length() + " characters long; at most "
            + MAX_VALUE_CHARS + " are read");
      }
      out.add(v.strip());
    }
    if (out.size() > MAX_VALUES) {
      throw new BadRequestResponse("at most " + MAX_VALUES + " \"" + name + "\" values, not " + out.size());
    }
    return out;
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("\"" + name + "\" is a whole number between " + min + " and " + max + ", not \""
          + shorten(v) + "\"");
    }
    if (n < min || n > max) {
      throw new BadRequestResponse("\"" + name + "\" is between " + min + " and " + max + ", not " + n);
    }
    return n;
  }

  /** A yes-or-no parameter: true, false (the default), 1 or 0. */
  static boolean flag(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null || v.equals("false") || v.equals("0")) {
      return false;
    }
    if (v.equals("true") || v.equals("1")) {
      return true;
    }
    throw new BadRequestResponse("\"" + name + "\" is true or false, not \"" + shorten(v) + "\"");
  }

  static Order order(Context ctx, Order fallback) {
    String v = text(ctx, "order");
    if (v == null) {
      return fallback;
    }
    try {
      return Order.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("\"order\" is relevance, newest or oldest, not \"" + shorten(v) + "\"");
    }
  }

  /** offset and limit, checked against the page size and depth allowed. */
  record Window(int offset, int limit) {}

  static Window window(Context ctx, int pageSize) {
    int limit = integer(ctx, "limit", pageSize, 1, MAX_PAGE);
    int offset = integer(ctx, "offset", 0, 0, MAX_DEPTH - limit);
    return new Window(offset, limit);
  }

  /** The search a request asks for: {@code q}, one parameter per {@link Dimension}, from, to, order, page. */
  static SearchRequest search(Context ctx, int pageSize) {
    String q = text(ctx, "q", MAX_QUERY_CHARS);
    Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      List<String> v = values(ctx, d.key());
      if (!v.isEmpty()) {
        filters.put(d, v);
      }
    }
    Window w = window(ctx, pageSize);
    return new SearchRequest(q, filters, text(ctx, "from"), text(ctx, "to"), order(ctx, Order.RELEVANCE), w.offset(),
        w.limit());
  }

  static QuoteRequest quotes(Context ctx, int pageSize) {
    Window w = window(ctx, pageSize);
    return new QuoteRequest(text(ctx, "speaker"), text(ctx, "about"), text(ctx, "from"), text(ctx, "to"),
        order(ctx, Order.NEWEST), w.offset(), w.limit());
  }

  static EventRequest events(Context ctx, int pageSize) {
    Window w = window(ctx, pageSize);
    EventRequest.Side actor = new EventRequest.Side(text(ctx, "actor"), text(ctx, "actorCountry"), text(ctx, "actorSector"));
    EventRequest.Side target = new EventRequest.Side(text(ctx, "target"), text(ctx, "targetCountry"),
        text(ctx, "targetSector"));
    return new EventRequest(text(ctx, "type"), text(ctx, "subtype"), actor, target, false, text(ctx, "mode"), text(ctx, "from"),
        text(ctx, "to"), order(ctx, Order.NEWEST), w.offset(), w.limit());
  }

  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
