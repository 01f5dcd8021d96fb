package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Json;

/**
 * Requests a person gets wrong: each is answered with a 4xx and a JSON message that says what
 * to change, never a 500 and never a stack trace.
 */
class BadInputTest {

  private final Served s = Served.samples();

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/search?limit=0", "/api/search?limit=5000", "/api/search?limit=ten", "/api/search?offset=-1",
      "/api/search?offset=99999", "/api/search?order=sideways", "/api/search?from=2019-13", "/api/search?to=yesterday",
      "/api/search?q=%22unclosed+(phrase", "/api/search?facets=maybe", "/api/search?q=title:", "/api/search?q=*", "/api/search?q=%5B",
      "/api/export?format=xml", "/api/export", "/api/timeline", "/api/events/dyad?a=RUS",
      "/api/events?from=20190", "/api/quotes?limit=-3", "/api/articles/%00%ff", "/api/entities/%20",
      "/api/nothing-here", "/article/nope", "/entity/%E2%80%AE"})
  void answeredWithAMessageNeverAServerError(String path) throws Exception {
    HttpResponse<String> r = s.get(path);
    assertThat(r.statusCode()).as(path + " → " + r.body()).isBetween(200, 499);
    if (r.statusCode() >= 400) {
      JsonNode error = Json.MAPPER.readTree(r.body());
      assertThat(error.get("status").asInt()).isEqualTo(r.statusCode());
      assertThat(error.get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void aQueryLongerThanAllowedIsRefusedSayingTheLimit() throws Exception {
    HttpResponse<String> r = s.get("/api/search?q=" + "a".repeat(Params.MAX_QUERY_CHARS + 1));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(r.body()).get("error").asText()).contains(String.valueOf(Params.MAX_QUERY_CHARS));
  }

  @Test
  void tooManyFilterValuesAreRefused() {
    String path = "/api/search?" + "entity=x&".repeat(Params.MAX_VALUES + 1);
    assertThat(s.get(path).statusCode()).isEqualTo(400);
  }

  @Test
  void aBodyOverTheLimitIs413AndAnEmptyOneIs400() throws Exception {
    byte[] big = new byte[(int) WebServer.MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = s.post("/api/analyze", "text/plain", big);
    assertThat(r.statusCode()).isEqualTo(413);
    HttpResponse<String> empty = s.post("/api/analyze", "text/plain", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(empty.body()).get("error").asText()).contains("text/plain");
    HttpResponse<String> notJson = s.post("/api/analyze", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8));
    assertThat(notJson.statusCode()).isEqualTo(400);
    HttpResponse<String> noText = s.post("/api/analyze", "application/json", "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(noText.statusCode()).isEqualTo(400);
  }

  @Test
  void aPageAskedForByABrowserGetsAnErrorPageNotJson() {
    HttpResponse<String> r = s.get("/article/0000000000000000", "Accept", "text/html");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body()).contains("no article");
  }
}
