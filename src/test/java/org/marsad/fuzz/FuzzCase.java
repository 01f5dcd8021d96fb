package org.marsad.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.marsad.doc.Json;

/**
 * One input the fuzzer makes: an article of the project's own (by its index in {@link Corpus}),
 * a list of edits to its text, the form it is wrapped in (a text file, a page, a JSONL line, a
 * feed), the encoding of the file and bytes flipped in it. Every part is a plain value, so that
 * jqwik shrinks a failing case to fewer and smaller edits, and {@link #toString()} says how to
 * make it again.
 */
record FuzzCase(int seed, List<Edit> edits, Form form, Encoding encoding, int nesting, List<Flip> flips) {

  /** How the text reaches Marsad. */
  enum Form {
    /** A plain text file. */
    TEXT("txt"),
    /** The text as the paragraphs of a generated page, inside {@code nesting} divs. */
    HTML("html"),
    /** One of the project's own saved pages, its HTML source edited. */
    PAGE("html"),
    /** A JSONL file: the article, a line of its HTML, a line that is not JSON. */
    JSONL("jsonl"),
    RSS("rss"),
    ATOM("atom");

    final String extension;

    Form(String extension) {
      this.extension = extension;
    }
  }

  enum Encoding {
    UTF8(StandardCharsets.UTF_8, new byte[0]),
    UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    WINDOWS_1256(Charset.forName("windows-1256"), new byte[0]),
    ISO_8859_6(Charset.forName("ISO-8859-6"), new byte[0]);

    final Charset charset;
    final byte[] bom;

    Encoding(Charset charset, byte[] bom) {
      this.charset = charset;
      this.bom = bom;
    }
  }

  /** A byte of the file replaced: at {@code at} millionths of its length. */
  record Flip(int at, byte value) {}

  /** The file name Marsad reads it under (its kind goes by the extension). */
  String fileName() {
    return "case." + form.extension;
  }

  /** The article text before it is wrapped: the seed with every edit made. */
  String text(Corpus corpus, int maxRun) {
    List<String> texts = form == Form.PAGE ? corpus.pages() : corpus.texts();
    String s = texts.get(Math.floorMod(seed, texts.size()));
    for (Edit e : edits) {
      s = e.apply(s, corpus, maxRun);
    }
    return s;
  }

  /**
   * What the article carrying the text as is must be made of, when the form carries it as is
   * (else null): a plain text file in a Unicode encoding, the "text" of the first JSONL line
   * (the article of its URL). Each flipped byte may change a character or three.
   */
  FuzzTarget.Plain plain(Corpus corpus, int maxRun) {
    boolean unicode = encoding == Encoding.UTF8 || encoding == Encoding.UTF8_BOM || encoding == Encoding.UTF16LE_BOM
        || encoding == Encoding.UTF16BE_BOM;
    if (form == Form.TEXT && unicode) {
      return new FuzzTarget.Plain(carried(text(corpus, maxRun), encoding.charset), null, 3 * flips.size());
    }
    return form == Form.JSONL
        ? new FuzzTarget.Plain(carried(text(corpus, maxRun), StandardCharsets.UTF_8), url(), 3 * flips.size()) : null;
  }

  /** The text as a file in {@code charset} carries it: a lone surrogate is written as "?". */
  private static String carried(String text, Charset charset) {
    return new String(text.getBytes(charset), charset);
  }

  private String url() {
    return "https://news.example/" + seed;
  }

  /** The file's bytes. */
  byte[] bytes(Corpus corpus, int maxRun) {
    String text = text(corpus, maxRun);
    byte[] b = switch (form) {
      case TEXT, PAGE -> encode(text);
      case HTML -> encode(page(text, encoding.charset.name()));
      case JSONL -> jsonl(text).getBytes(StandardCharsets.UTF_8);
      case RSS -> rss(text).getBytes(StandardCharsets.UTF_8);
      case ATOM -> atom(text).getBytes(StandardCharsets.UTF_8);
    };
    for (Flip f : flips) {
      if (b.length > 0) {
        b[(int) ((long) f.at() * (b.length - 1) / 1_000_000)] = f.value();
      }
    }
    return b;
  }

  private byte[] encode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(encoding.bom);
    out.writeBytes(s.getBytes(encoding.charset));
    return out.toByteArray();
  }

  /** A page as a CMS writes one: the first line as title and h1, the rest as paragraphs. */
  private String page(String text, String charset) {
    String[] lines = text.split("\n");
    String first = lines.length == 0 ? "" : lines[0];
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"").append(charset)
        .append("\"><title>").append(escape(first)).append("</title></head><body>\n");
    b.append("<div>".repeat(nesting));
    b.append("<h1>").append(escape(first)).append("</h1>\n");
    for (int i = 1; i < lines.length; i++) {
      String tag = i % 7 == 3 ? "figcaption" : "p";
      b.append('<').append(tag).append('>').append(escape(lines[i])).append("</").append(tag).append(">\n");
    }
    b.append("</div>".repeat(nesting)).append("</body></html>\n");
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private String jsonl(String text) {
    ObjectNode a = Json.MAPPER.createObjectNode();
    a.put("url", url());
    a.put("text", text);
    a.put("published", PUBLISHED.get(Math.floorMod(seed, PUBLISHED.size())));
    if (nesting % 2 == 0) {
      a.put("title", text.lines().findFirst().orElse(""));
    }
    ObjectNode h = Json.MAPPER.createObjectNode();
    h.put("html", page(text, "UTF-8"));
    try {
      return Json.MAPPER.writeValueAsString(a) + "\n" + Json.MAPPER.writeValueAsString(h) + "\n"
          + "{\"text\": \"" + text.lines().findFirst().orElse("") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Published dates as inputs state them, well and badly. */
  private static final List<String> PUBLISHED = List.of("2023-10-18T09:45:00+03:00", "2024-02-30", "18/10/2023",
      "2019-07-12 10:30:00 +0300", "Tue, 12 Mar 2024 10:00:00 GMT", "", "٢٠٢٣-١٠-١٨", "9999-99-99T99:99", "yesterday",
      "2023-10-18T09:45:00+0300");

  private String rss(String text) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Feed</title><link>https://news.example/</link><description>d</description>\n");
    for (String item : items(text)) {
      b.append("<item><title>").append(escape(item.lines().findFirst().orElse(""))).append("</title>")
          .append("<link>https://news.example/").append(seed).append("</link>")
          .append("<pubDate>Tue, 12 Mar 2024 10:00:00 GMT</pubDate><description><![CDATA[")
          .append(paragraphs(item)).append("]]></description></item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  private String atom(String text) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed</title><id>urn:feed</id>"
        + "<updated>2024-03-12T10:00:00Z</updated>\n");
    for (String item : items(text)) {
      b.append("<entry><title>").append(escape(item.lines().findFirst().orElse(""))).append("</title><id>urn:")
          .append(seed).append("</id><updated>2024-03-12T10:00:00Z</updated><content type=\"html\">")
          .append(escape(paragraphs(item))).append("</content></entry>\n");
    }
    return b.append("</feed>\n").toString();
  }

  /** The text split in two items at a blank line near its middle. */
  private static List<String> items(String text) {
    int mid = text.indexOf("\n\n", text.length() / 2);
    return mid < 0 ? List.of(text) : List.of(text.substring(0, mid), text.substring(mid + 2));
  }

  private static String paragraphs(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n")) {
      b.append("<p>").append(line).append("</p>");
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "FuzzCase[seed=%d, form=%s, encoding=%s, nesting=%d, flips=%s, edits=%s]", seed,
        form, encoding, nesting, flips, edits);
  }
}
