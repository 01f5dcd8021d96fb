package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Json;

/** Safe by default: headers, a host check on loopback, read-only, and ingest only with the token. */
class SafetyTest {

  private static final String TOKEN = "a-token-for-the-ingest-test-0123456789";
  private final Served s = Served.samples();

  @Test
  void everyAnswerCarriesAPolicyWithNoInlineScriptAndNothingFromElsewhere() {
    for (String path : List.of("/", "/search?q=x", "/api/stats", "/assets/app.css", "/nothing")) {
      HttpResponse<String> r = s.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("script-src 'self'").contains("default-src 'none'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("http");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
    }
  }

  @Test
  void pagesHaveNoInlineScriptAndLoadEveryAssetFromThisServer() {
    for (String path : List.of("/", "/search?q=x", "/quotes", "/events", "/entity/country:RUS")) {
      String html = s.get(path).body();
      assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
          .doesNotContainPattern("(src|href)=\"(https?:)?//");
    }
    for (String asset : List.of("/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/webjars/echarts/5.3.1/dist/echarts.min.js",
        "/assets/vendor/topojson-client/topojson-client.min.js", "/assets/app.js", "/map/world.json")) {
      assertThat(s.get(asset).statusCode()).as(asset).isEqualTo(200);
    }
  }

  @Test
  void theWorldMapNamesCountriesByTheirAlpha3Code() throws Exception {
    JsonNode world = Json.MAPPER.readTree(s.get("/map/world.json").body());
    List<String> names = new java.util.ArrayList<>();
    world.get("objects").get("countries").get("geometries").forEach(g -> names.add(g.get("properties").get("name").asText()));
    assertThat(names).contains("RUS", "EGY", "SDN", "USA", "CHN");
  }

  @Test
  void aRequestForAnotherHostNameIsRefusedOnLoopback() throws Exception {
    // what a page on another site sees after re-pointing its name at 127.0.0.1 (DNS rebinding)
    java.net.Socket socket = new java.net.Socket("127.0.0.1", s.server.port());
    try (socket) {
      socket.getOutputStream().write(("GET /api/stats HTTP/1.1\r\nHost: evil.example:" + s.server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 421").contains("localhost");
    }
    assertThat(s.get("/api/stats").statusCode()).isEqualTo(200);
  }

  @Test
  void aReadOnlyServerRefusesToIngestSayingHowToAllowIt() throws Exception {
    HttpResponse<String> r = s.post("/api/ingest", "text/plain", "نص".getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + TOKEN);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(Json.MAPPER.readTree(r.body()).get("error").asText()).contains("--ingest-token");
    HttpRequest put = HttpRequest.newBuilder(URI.create(s.base() + "/api/search"))
        .method("DELETE", HttpRequest.BodyPublishers.noBody()).build();
    assertThat(s.send(put).statusCode()).isIn(404, 405);
  }

  @Test
  void ingestWithTheTokenStoresTheArticleAndWithoutItIsRefused() throws Exception {
    try (Served own = Served.serve(Served.ingest("samples/01-cairo-sudan.txt"), TOKEN)) {
      long before = own.reader.size();
      String text = "عمّان - أعلنت وزارة المياه الأردنية اليوم الاثنين توقيع اتفاق جديد لتحلية مياه البحر في العقبة.";
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      assertThat(own.post("/api/ingest", "text/plain", body).statusCode()).isEqualTo(401);
      assertThat(own.post("/api/ingest", "text/plain", body, "Authorization", "Bearer wrong-token-0123456789")
          .statusCode()).isEqualTo(401);
      HttpResponse<String> r = own.post("/api/ingest", "text/plain", body, "Authorization", "Bearer " + TOKEN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      String id = Json.MAPPER.readTree(r.body()).get("id").asText();
      assertThat(own.reader.size()).isEqualTo(before + 1);
      assertThat(own.get("/api/articles/" + id).statusCode()).isEqualTo(200);
      JsonNode found = Json.MAPPER.readTree(own.get("/api/search?q=" + Served.enc("العقبة")).body());
      assertThat(found.get("total").asLong()).isEqualTo(1);
    }
  }

  @Test
  void aShortTokenIsRefusedAtStart() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebServer.Options("127.0.0.1", 0, "short"))
        .hasMessageContaining("16 characters");
  }
}
