package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders and standard input: plain text ({@code .txt} and anything
 * unnamed), HTML ({@code .html}, {@code .htm}), JSONL ({@code .jsonl}, one article a line,
 * fields {@code text}, {@code html}, {@code title}, {@code url}, {@code published},
 * {@code outlet}), RSS and Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}), WARC
 * ({@code .warc}, {@code .warc.gz}: each HTML response a page). What cannot be read is reported
 * to the sink and the batch goes on. Thread-safe.
 */
public final class ArticleReader {

  /** A text or HTML file is read up to this size; the rest is left, with a warning. */
  public static final int MAX_ARTICLE_BYTES = 8 * 1024 * 1024;
  /** A feed must be parsed whole: a larger one is skipped. */
  public static final int MAX_FEED_BYTES = 64 * 1024 * 1024;
  /** A JSONL line longer than this (in bytes) is skipped. */
  public static final int MAX_JSONL_LINE = 64 * 1024 * 1024;
  /** A page with fewer letters than this and no headline holds no article (broken markup, an empty shell). */
  private static final int MIN_HTML_LETTERS = 20;

  /**
   * In a folder, files of these kinds are not articles and are passed over without a word:
   * documentation, program sources, and the styles, scripts and images a browser saves beside a page.
   */
  private static final java.util.Set<String> NOT_ARTICLES = java.util.Set.of("md", "markdown", "py", "sh", "java",
      "css", "js", "json",
      "map", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "woff", "woff2", "ttf", "otf", "eot", "mp4", "mp3");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Outlets outlets = new Outlets();

  /**
   * The files a path names: itself, or every file under a folder, sorted, but for hidden files
   * and those that are not articles by their kind (README.md, a saved page's images and scripts).
   */
  public static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(path)) {
      s.filter(Files::isRegularFile)
          .filter(p -> !path.relativize(p).toString().startsWith("."))
          .filter(p -> takenInFolder(p.getFileName().toString()))
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  /**
   * Whether a file of this name, found in a folder, is read as an article: it is not hidden and
   * not of a kind that never holds one. A file named on its own is always read.
   */
  public static boolean takenInFolder(String fileName) {
    return !fileName.startsWith(".") && !NOT_ARTICLES.contains(extension(fileName));
  }

  /** Whether a file of this name is read as JSONL, one article a line. */
  public static boolean isJsonl(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** Reads one file. */
  public void read(Path file, ArticleSink sink) {
    if (WarcExtractor.isWarc(file)) {
      WarcExtractor.read(file, this, sink);
      return;
    }
    String where = file.toString();
    String kind = kind(file);
    long size;
    byte[] bytes;
    try {
      size = Files.size(file);
      if (kind.equals("jsonl")) {
        try (InputStream in = Files.newInputStream(file)) {
          readJsonl(where, in, sink);
        }
        return;
      }
      if (kind.equals("feed") && size > MAX_FEED_BYTES) {
        sink.problem(where, "feed of " + size + " bytes is larger than " + MAX_FEED_BYTES + "; skipped");
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(kind.equals("feed") ? MAX_FEED_BYTES : MAX_ARTICLE_BYTES);
      }
    } catch (IOException e) {
      sink.problem(where, "cannot read: " + FeedExtractor.oneLine(e.toString()));
      return;
    }
    List<String> warnings = new ArrayList<>();
    if (size > bytes.length) {
      String w = "file of " + size + " bytes: only the first " + bytes.length + " read";
      sink.problem(where, w); // the rest is skipped: the article is still written, from what was read
      warnings.add(w);
    }
    Optional<String> notText = Decoder.notText(bytes);
    if (notText.isPresent()) {
      sink.problem(where, notText.get());
      return;
    }
    if (kind.equals("feed")) {
      FeedExtractor.read(where, bytes, outlets, sink);
      return;
    }
    if (kind.equals("text") && looksLikeHtml(bytes)) {
      kind = "html";
    }
    if (kind.equals("html")) {
      readHtml(where, bytes, warnings, sink);
    } else {
      String text = decode(where, bytes, null, warnings, sink);
      sink.article(new RawArticle(where, text, Given.NONE, warnings));
    }
  }

  /**
   * Reads one web page fetched from {@code url}; {@code charset} is the one the server named
   * (null when it named none): the page's own declaration wins over it, and bytes that are not
   * valid in it are decoded as what they are.
   */
  public void readPage(String url, byte[] bytes, String charset, ArticleSink sink) {
    Optional<String> notText = Decoder.notText(bytes);
    if (notText.isPresent()) {
      sink.problem(url, notText.get());
      return;
    }
    readHtml(url, bytes, charset, new ArrayList<>(), sink);
  }

  /** The text of the bytes; bad sequences replaced are told on a line of their own and kept as a warning. */
  private static String decode(String where, byte[] bytes, String declared, List<String> warnings, ArticleSink sink) {
    Decoder.Decoded d = Decoder.decode(bytes, declared);
    d.problem().ifPresent(p -> {
      sink.note(where, p);
      warnings.add(p);
    });
    return d.text();
  }

  private void readHtml(String where, byte[] bytes, List<String> warnings, ArticleSink sink) {
    readHtml(where, bytes, null, warnings, sink);
  }

  private void readHtml(String where, byte[] bytes, String served, List<String> warnings, ArticleSink sink) {
    String declared = HtmlExtractor.declaredCharset(bytes);
    String html = decode(where, bytes, declared != null ? declared : served, warnings, sink);
    List<String> w = new ArrayList<>(warnings);
    boolean cut = HtmlExtractor.truncated(html);
    String note = "HTML ends inside a tag (cut short?); read what was there";
    if (cut) {
      w.add(note);
    }
    RawArticle a = HtmlExtractor.extract(where, html, w);
    if (Phrases.Letters.of(a.text()).total() < MIN_HTML_LETTERS && a.given().title() == null) {
      sink.problem(where, "no article text in the HTML" + (cut ? " (it ends inside a tag: broken or cut short)" : ""));
      return;
    }
    if (cut) {
      sink.note(where, note);
    }
    sink.article(a);
  }

  /**
   * Reads JSONL: one article a line; a line that is not an article is reported by its number.
   * JSON is UTF-8, but dumps come in windows-1256 too: each line is decoded by itself, as a
   * file would be ({@link Decoder}).
   */
  public void readJsonl(String where, InputStream in, ArticleSink sink) throws IOException {
    ByteLines lines = new ByteLines(in, MAX_JSONL_LINE);
    int n = 0;
    for (ByteLines.Line bytes = lines.next(); bytes != null; bytes = lines.next()) {
      n++;
      String at = where + ":" + n;
      if (bytes.skipped() > 0) {
        sink.problem(at, "line of " + bytes.skipped() + " bytes is longer than " + MAX_JSONL_LINE + "; skipped");
        continue;
      }
      List<String> warnings = new ArrayList<>();
      byte[] b = bytes.bytes();
      String line = Decoder.strictUtf8(b).orElseGet(() -> decode(at, b, null, warnings, sink)); // UTF-8 mostly: at once
      readJsonlLine(where, n, line, warnings, sink);
    }
  }

  /**
   * Reads line {@code n} (from 1) of a JSONL input: an article, nothing for a blank line, or a
   * problem naming the line. For readers that split a JSONL input themselves (the Spark job).
   */
  public void readJsonlLine(String where, int n, String line, ArticleSink sink) {
    if (line.length() > MAX_JSONL_LINE) {
      sink.problem(where + ":" + n, "line of " + line.length() + " characters is longer than " + MAX_JSONL_LINE + "; skipped");
      return;
    }
    readJsonlLine(where, n, line, new ArrayList<>(), sink);
  }

  private void readJsonlLine(String where, int n, String line, List<String> warnings, ArticleSink sink) {
    String at = where + ":" + n;
    if (n == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      sink.problem(at, "not JSON: " + FeedExtractor.oneLine(e.getOriginalMessage()));
      return;
    }
    if (!node.isObject()) {
      sink.problem(at, "not a JSON object");
      return;
    }
    String text = field(node, "text");
    String html = field(node, "html");
    String url = field(node, "url");
    String source = url != null ? url : where + "#" + n;
    if (text == null && html == null) {
      sink.problem(at, "neither \"text\" nor \"html\"");
      return;
    }
    Given stated = new Given(field(node, "title"), field(node, "published"), url, field(node, "outlet"));
    RawArticle a = html != null && text == null
        ? HtmlExtractor.extract(source, html, warnings)
        : new RawArticle(source, text, Given.NONE, warnings);
    sink.article(new RawArticle(source, a.text(), merge(stated, a.given()), a.warnings(), a.captions()));
  }

  /** Fields the input states win over what was extracted. */
  private static Given merge(Given stated, Given extracted) {
    return new Given(
        stated.title() != null ? stated.title() : extracted.title(),
        stated.published() != null ? IsoTimes.normalize(stated.published()).orElse(stated.published())
            : extracted.published(),
        stated.url() != null ? stated.url() : extracted.url(),
        stated.outlet() != null ? stated.outlet() : extracted.outlet(),
        stated.outlet() != null ? null : extracted.siteInTitle()); // a stated outlet names the site already
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String kind(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return "html";
    }
    if (isJsonl(name)) {
      return "jsonl";
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return "feed";
    }
    return "text";
  }

  private static boolean looksLikeHtml(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
        .toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
