package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about itself in machine form: JSON-LD ({@code NewsArticle} and its
 * kin), OpenGraph and {@code article:} properties, plain {@code meta} tags, {@code <time
 * datetime>}, {@code link rel=canonical} and {@code html lang}. Any field may be null;
 * {@code authors} may be empty. Times are as the page writes them.
 */
public record PageMetadata(String title, String published, String modified, List<String> authors, String url,
    String language, String outlet) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "BlogPosting", "WebPage", "Report",
      "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "SocialMediaPosting");

  public PageMetadata {
    authors = List.copyOf(authors);
  }

  /** Reads the metadata of a parsed page; the page is not changed. */
  public static PageMetadata read(Document doc) {
    Optional<JsonNode> ld = jsonLdArticle(doc);
    String outlet = first(meta(doc, "og:site_name"), ld.map(n -> name(n.get("publisher"))));
    String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), ld.map(n -> text(n, "headline")));
    // the first that reads as a time: a value in a form no reader knows ("Di., 25.01.2022") gives way to the next
    String published = firstTime(meta(doc, "article:published_time"), meta(doc, "og:article:published_time"),
        meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "dc.date.issued"),
        meta(doc, "DC.date.issued"), ld.map(n -> text(n, "datePublished")), ldPublished(doc), itemprop(doc),
        otherMeta(doc), time(doc));
    String modified = first(meta(doc, "article:modified_time"), meta(doc, "og:updated_time"),
        meta(doc, "dateModified"), ld.map(n -> text(n, "dateModified")));
    String url = first(meta(doc, "og:url"),
        Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.absUrl("href").isEmpty()
            ? e.attr("href") : e.absUrl("href")));
    String language = first(Optional.ofNullable(doc.selectFirst("html[lang]")).map(e -> e.attr("lang")),
        meta(doc, "content-language"), ld.map(n -> text(n, "inLanguage")), meta(doc, "og:locale"));
    return new PageMetadata(title, published, modified, authors(doc, ld), url, language, outlet);
  }

  /**
   * Other names pages give their publication time under, from {@code ingest/date-metas.tsv}
   * (Dublin Core's "dc.date", "parsely-pub-date"...), in the file's order.
   */
  private static Optional<String> otherMeta(Document doc) {
    for (String name : DATE_METAS) {
      Optional<String> v = meta(doc, name);
      if (v.isPresent() && IsoTimes.normalize(v.get()).isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static final List<String> DATE_METAS = org.marsad.text.DataFiles.lines("ingest/date-metas.tsv");

  /**
   * The publication time marked in the page's own markup on an element other than {@code meta}:
   * schema.org's {@code itemprop="datePublished"} with a {@code content} or {@code datetime}, and
   * the hAtom {@code <abbr class="published" title="...">} of blog templates.
   */
  private static Optional<String> itemprop(Document doc) {
    Element e = doc.selectFirst("[itemprop=datePublished][content], [itemprop=datePublished][datetime]");
    if (e != null) {
      return Optional.of(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
    }
    e = doc.selectFirst("abbr.published[title]");
    return e == null ? Optional.empty() : Optional.of(e.attr("title"));
  }

  /** {@code datePublished} of any JSON-LD object, when no article object was found (a bare {@code WebPage}). */
  private static Optional<String> ldPublished(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = LD_PUBLISHED.matcher(script.data());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static final Pattern LD_PUBLISHED =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");

  /** The first value that reads as a time ({@link IsoTimes#normalize}), as the page writes it. */
  @SafeVarargs
  private static String firstTime(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent() && !o.get().isBlank() && IsoTimes.normalize(o.get().strip()).isPresent()) {
        return o.get().strip();
      }
    }
    return null;
  }

  /** The time the page's own {@code <time>} element gives: the one marked as publication first. */
  private static Optional<String> time(Document doc) {
    Element t = doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
    if (t == null) {
      t = doc.selectFirst("time[datetime]");
    }
    if (t == null) {
      return Optional.empty();
    }
    String datetime = t.attr("datetime").strip();
    if (!datetime.contains("T") && t.parent() != null) {
      // "<time datetime="2026-11-22">الأحد ٢٢ نوفمبر ٢٠٢٦</time> - ١١:٠٥ ص": a date-only attribute,
      // the clock time printed beside it in the same date line
      Optional<String> line = DATE_LINES.read(t.parent().text());
      if (line.isPresent() && line.get().startsWith(datetime + "T")) {
        return line;
      }
    }
    return Optional.of(datetime);
  }

  private static final PublicationLines DATE_LINES = new PublicationLines();

  private static List<String> authors(Document doc, Optional<JsonNode> ld) {
    Set<String> out = new LinkedHashSet<>();
    ld.map(n -> n.get("author")).ifPresent(a -> {
      for (JsonNode one : a.isArray() ? a : JSON.createArrayNode().add(a)) {
        String n = name(one);
        if (n != null) {
          out.add(n);
        }
      }
    });
    if (out.isEmpty()) {
      for (String name : List.of("author", "article:author", "dc.creator", "byl")) {
        meta(doc, name).filter(v -> !v.startsWith("http")).ifPresent(out::add);
      }
    }
    List<String> kept = new ArrayList<>();
    for (String a : out) {
      String s = Phrases.strip(a);
      if (!s.isEmpty() && s.length() < 200) {
        kept.add(s);
      }
    }
    return kept;
  }

  /** The name of a JSON-LD person or organisation, or the string itself. */
  private static String name(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isTextual()) {
      return n.asText().isBlank() || n.asText().startsWith("http") ? null : n.asText();
    }
    return text(n, "name");
  }

  static Optional<String> meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
        + "], meta[http-equiv=" + name + "]");
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

  /** The article's {@code articleBody}, when its JSON-LD gives one. */
  static Optional<String> jsonLdBody(Document doc) {
    return jsonLdArticle(doc).map(n -> text(n, "articleBody"));
  }

  /** The first JSON-LD object of an article type, looking inside arrays and {@code @graph}. */
  private static Optional<JsonNode> jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        Optional<JsonNode> hit = findArticle(JSON.readTree(script.data()));
        if (hit.isPresent()) {
          return hit;
        }
      } catch (java.io.IOException | RuntimeException e) {
        // a page's broken (or too deeply nested) JSON-LD is ignored: the page itself is still read
      }
    }
    return Optional.empty();
  }

  /** Breadth first, without recursion: JSON-LD can nest deeply. */
  private static Optional<JsonNode> findArticle(JsonNode root) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    if (root != null) {
      todo.add(root);
    }
    int looked = 0;
    while (!todo.isEmpty() && looked++ < 10_000) {
      JsonNode n = todo.poll();
      if (n.isArray()) {
        n.forEach(todo::add);
        continue;
      }
      if (!n.isObject()) {
        continue;
      }
      if (n.has("@graph")) {
        todo.add(n.get("@graph"));
        continue;
      }
      JsonNode type = n.get("@type");
      if (type != null) {
        for (JsonNode t : type.isArray() ? type : JSON.createArrayNode().add(type)) {
          if (ARTICLE_TYPES.contains(t.asText()) && (n.has("headline") || n.has("articleBody"))) {
            return Optional.of(n);
          }
        }
      }
    }
    return Optional.empty();
  }
}
