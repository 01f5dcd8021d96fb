package org.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.marsad.doc.Article;
import org.marsad.doc.Json;
import org.marsad.ingest.ArticleList;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

/**
 * An article sent over HTTP, read as {@code marsad analyze} reads one line of JSONL: a JSON
 * object with {@code text} or {@code html} (and any of {@code title}, {@code url},
 * {@code published}, {@code outlet}), an HTML page, or plain text. The pipeline is built once,
 * on the first article.
 */
final class Intake {

  private volatile Pipeline pipeline;

  /**
   * Where a posted article comes from when it names no URL: "posted/" and a hash of the body, so
   * that the same body sent twice is one article and two bodies are two.
   */
  static String where(byte[] body) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(body);
      return "posted/" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** One article as read from a request body of this content type; a 400 saying why when it holds none. */
  RawArticle read(byte[] body, String contentType, String where) {
    if (body.length == 0) {
      throw new BadRequestResponse("the body is empty: send the article as text/plain, text/html, or JSON"
          + " {\"text\": ...} or {\"html\": ...}");
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String content = new String(body, StandardCharsets.UTF_8);
    ObjectNode line;
    if (type.contains("json")) {
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(content);
      } catch (JsonProcessingException e) {
        throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw new BadRequestResponse("the JSON body is an object with \"text\" or \"html\"");
      }
      line = (ObjectNode) node;
    } else {
      line = Json.MAPPER.createObjectNode();
      line.put(type.contains("html") ? "html" : "text", content);
    }
    ArticleList given = new ArticleList();
    try {
      String jsonl = Json.MAPPER.writeValueAsString(line); // one line: newlines inside are escaped
      new ArticleReader().readJsonl(where, new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), given);
    } catch (IOException e) {
      throw new BadRequestResponse("the body cannot be read: " + e.getMessage());
    }
    if (given.articles().isEmpty()) {
      throw new BadRequestResponse(given.problems().isEmpty() ? "no article in the body" : "no article in the body: "
          + String.join("; ", given.problems()));
    }
    return given.articles().get(0);
  }

  Article analyze(RawArticle raw) {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        if (pipeline == null) {
          pipeline = Pipeline.standard();
        }
        p = pipeline;
      }
    }
    return p.analyze(raw);
  }
}
