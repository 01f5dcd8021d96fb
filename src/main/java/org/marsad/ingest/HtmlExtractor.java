package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved news page: headline, date and outlet from its metadata (Open Graph and
 * {@code article:} meta tags, JSON-LD {@code NewsArticle}) where present, and the body from
 * its main text block, flattened to one block a line for the {@link Cleaner}. Where the page
 * has no headline metadata, its {@code h1} opens the text so the Cleaner finds it.
 */
final class HtmlExtractor {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  /** Elements that are never the article's words. */
  private static final String NOT_TEXT = "script, style, noscript, template, iframe, svg, canvas, nav, header, footer,"
      + " aside, form, button, select, input, textarea, [hidden], [aria-hidden=true]";
  /** Containers whose class or id says they are widgets: share bars, related lists, comments. */
  private static final Pattern WIDGET = Pattern.compile(
      "(?i)(^|[\\s_-])(share|sharing|social|related|comments?|tags?|breadcrumbs?|menu|navbar|newsletter|advert\\w*|ads?|promo|sidebar|footer|header|subscribe|most-read|trending)([\\s_-]|$)");
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "blockquote", "figure", "figcaption", "section", "article", "main", "table", "tr", "td", "th", "dd", "dt",
      "dl", "pre", "br", "hr", "address", "time", "header", "footer");
  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "BlogPosting", "WebPage");
  /** Below this many characters a main block is not the article; JSON-LD's body is tried. */
  private static final int MIN_BODY = 200;
  /** The main block found by paragraph text must hold this share of the page's paragraphs. */
  private static final double MIN_SHARE_OF_PARAGRAPHS = 0.8;

  private HtmlExtractor() {}

  /** The charset a page declares in its first bytes, if it does. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** Whether the page ends inside a tag: a file cut short. */
  static boolean truncated(String html) {
    String t = html.stripTrailing();
    return t.lastIndexOf('<') > t.lastIndexOf('>');
  }

  static RawArticle extract(String source, String html, List<String> warnings) {
    Document doc = Jsoup.parse(html);
    Optional<JsonNode> ld = jsonLdArticle(doc);
    String outlet = first(meta(doc, "og:site_name"), ld.map(n -> n.path("publisher").path("name").asText(null)));
    String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), ld.map(n -> text(n, "headline")));
    String published = first(meta(doc, "article:published_time"), meta(doc, "og:article:published_time"),
        meta(doc, "datePublished"), meta(doc, "pubdate"), ld.map(n -> text(n, "datePublished")),
        Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")));
    String url = first(meta(doc, "og:url"),
        Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href")));
    if (title != null) {
      title = withoutSiteName(title, outlet);
    }
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? null : h1.text().strip();
    if (title != null && h1Text != null && longerVersionOf(title, h1Text)) {
      title = h1Text; // "Headline | a site Marsad does not know": the page's own h1 is the headline
    }

    doc.select(NOT_TEXT).remove();
    int pageText = doc.body() == null ? 0 : doc.body().text().length();
    for (Element e : doc.select("[class], [id]")) {
      // a widget by its name, unless it holds most of the page: then the name misleads
      if (e.parent() != null && !e.tagName().equals("body") && !e.tagName().equals("html")
          && (WIDGET.matcher(e.className()).find() || WIDGET.matcher(e.id()).find())
          && e.text().length() < pageText / 2) {
        e.remove();
      }
    }
    Element main = mainBlock(doc);
    List<String> lines = new ArrayList<>();
    if (title == null && h1Text != null && !h1Text.isEmpty()) {
      lines.add(h1Text);
    } else if (title == null && !doc.title().isBlank()) {
      lines.add(withoutSiteName(doc.title(), outlet));
    }
    lines.addAll(flatten(main));
    String body = String.join("\n", lines);
    Optional<String> ldBody = ld.map(n -> text(n, "articleBody"));
    if (Phrases.strip(body).length() < MIN_BODY && ldBody.isPresent() && ldBody.get().length() > body.length()) {
      body = (lines.isEmpty() || title != null ? "" : lines.get(0) + "\n") + ldBody.get();
    }
    Given given = new Given(title, IsoTimes.normalize(published).orElse(null), url, outlet);
    List<String> captions = new ArrayList<>();
    for (Element c : main.select("figcaption, .caption, .wp-caption-text, [itemprop=caption]")) {
      captions.addAll(flatten(c));
    }
    return new RawArticle(url != null && source == null ? url : source, body, given, warnings, captions);
  }

  /** The element holding the article: marked as such, or the one with the most paragraph text. */
  private static Element mainBlock(Document doc) {
    for (String sel : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
      Elements found = doc.select(sel);
      Element best = null;
      for (Element e : found) {
        if (best == null || e.text().length() > best.text().length()) {
          best = e;
        }
      }
      if (best != null && best.text().length() >= MIN_BODY) {
        return best;
      }
    }
    Element best = doc.body();
    int bestScore = 0;
    for (Element e : doc.select("div, section, td")) {
      int score = 0;
      for (Element p : e.children()) {
        if (p.tagName().equals("p")) {
          score += p.text().length();
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (best == null) {
      return doc;
    }
    // broken markup can leave paragraphs outside the block they began in: rather than lose
    // them, take the whole body (its widgets are gone already) when the block holds too few
    if (doc.body() != null && paragraphText(best) < MIN_SHARE_OF_PARAGRAPHS * paragraphText(doc.body())) {
      return doc.body();
    }
    return best;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.ownText().length();
    }
    return n;
  }

  /** The text of an element, one block a line. */
  static List<String> flatten(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          if (!s.isBlank()) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(line.length() - 1))
                && Character.isWhitespace(t.getWholeText().charAt(0))) {
              line.append(' ');
            }
            line.append(s.strip());
            if (Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
              line.append(' ');
            }
          }
        } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
          flush();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
          flush();
        }
      }

      private void flush() {
        String s = line.toString().strip();
        if (!s.isEmpty()) {
          lines.add(s);
        }
        line.setLength(0);
      }
    });
    String s = line.toString().strip();
    if (!s.isEmpty()) {
      lines.add(s);
    }
    return lines;
  }

  /** Whether {@code title} is {@code headline} with more after it (a site's name, a tagline). */
  private static boolean longerVersionOf(String title, String headline) {
    String t = Phrases.key(title);
    String h = Phrases.key(headline);
    return Phrases.words(h) >= 3 && t.length() > h.length() && t.startsWith(h + " ");
  }

  /** "Headline - Site" or "Headline | Site" without the site's name. */
  private static String withoutSiteName(String title, String outlet) {
    String t = title.strip();
    for (String sep : List.of(" | ", " - ", " – ", " — ")) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String tail = t.substring(i + sep.length()).strip();
        if ((outlet != null && Phrases.key(tail).equals(Phrases.key(outlet))) || SiteNames.OUTLETS.named(tail).isPresent()) {
          return t.substring(0, i).strip();
        }
      }
    }
    return t;
  }

  /** Outlet names, loaded once for this reader. */
  private static final class SiteNames {
    static final Outlets OUTLETS = new Outlets();
  }

  private static Optional<String> meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    if (e == null) {
      return Optional.empty();
    }
    String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
    return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  @SafeVarargs
  private static String first(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent() && !o.get().isBlank()) {
        return o.get().strip();
      }
    }
    return null;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
  }

  /** The first JSON-LD object of a news-article type, looking inside arrays and {@code @graph}. */
  private static Optional<JsonNode> jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        Optional<JsonNode> hit = findArticle(JSON.readTree(script.data()));
        if (hit.isPresent()) {
          return hit;
        }
      } catch (java.io.IOException e) {
        // a page's broken JSON-LD is ignored: the page itself is still read
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticle(JsonNode n) {
    if (n == null) {
      return Optional.empty();
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        Optional<JsonNode> hit = findArticle(c);
        if (hit.isPresent()) {
          return hit;
        }
      }
      return Optional.empty();
    }
    if (n.has("@graph")) {
      return findArticle(n.get("@graph"));
    }
    JsonNode type = n.get("@type");
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : JSON.createArrayNode().add(type)) {
        if (ARTICLE_TYPES.contains(t.asText()) && (n.has("headline") || n.has("articleBody"))) {
          return Optional.of(n);
        }
      }
    }
    return Optional.empty();
  }
}
