package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Json;
import org.marsad.store.SearchRequest;

/** The JSON API over the sample archive, asked as a client program would, on a real port. */
class ApiTest {

  private final Served s = Served.samples();

  private JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return Json.MAPPER.readTree(r.body());
  }

  private JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = s.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return json(r);
  }

  @Test
  void searchFindsArabicWordsWithTheirPassageMarked() throws Exception {
    JsonNode r = ok("/api/search?facets=true&q=" + Served.enc("السودان"));
    assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(2);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("id").asText()).isNotBlank();
    boolean anyMarked = false;
    for (JsonNode h : r.get("hits")) {
      for (JsonNode snip : h.get("passage")) {
        if (snip.get("marked").asBoolean()) {
          anyMarked = true;
          // The Arabic analyzer strips ال and its joined forms (لل, بال, وال), so "للسودان" is a hit too.
          assertThat(snip.get("text").asText()).contains("سودان");
        }
      }
    }
    assertThat(anyMarked).as("a passage marks the word searched for").isTrue();
    assertThat(r.get("facets")).isNotEmpty();
    assertThat(r.get("months")).isNotEmpty();
  }

  @Test
  void pagesDoNotOverlapAndNewestFirstIsInDateOrder() throws Exception {
    JsonNode first = ok("/api/search?order=newest&limit=5");
    JsonNode second = ok("/api/search?order=newest&limit=5&offset=5");
    assertThat(first.get("total").asLong()).isEqualTo(second.get("total").asLong()).isGreaterThan(10);
    List<String> ids = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (JsonNode page : List.of(first, second)) {
      for (JsonNode h : page.get("hits")) {
        ids.add(h.get("id").asText());
        dates.add(h.get("published").asText(""));
      }
    }
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void aFacetValueNarrowsTheSearch() throws Exception {
    assertThat(ok("/api/search").get("facets")).as("counted only when asked").isEmpty();
    JsonNode all = ok("/api/search?facets=true");
    JsonNode outlets = null;
    for (JsonNode f : all.get("facets")) {
      if (f.get("dimension").asText().equals("outlet")) {
        outlets = f.get("values");
      }
    }
    assertThat(outlets).isNotNull().isNotEmpty();
    String outlet = outlets.get(0).get("label").asText();
    long count = outlets.get(0).get("count").asLong();
    JsonNode narrowed = ok("/api/search?outlet=" + Served.enc(outlet));
    assertThat(narrowed.get("total").asLong()).isEqualTo(count);
  }

  @Test
  void anArticleComesWithItsRecordAndAnUnknownIdIsA404SayingSo() throws Exception {
    String id = ok("/api/search?limit=1").get("hits").get(0).get("id").asText();
    JsonNode a = ok("/api/articles/" + id);
    assertThat(a.get("article").get("id").asText()).isEqualTo(id);
    assertThat(a.get("article").get("text").asText()).isNotBlank();
    assertThat(a.get("copies").isArray()).isTrue();

    HttpResponse<String> missing = s.get("/api/articles/0000000000000000");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).contains("no article");
  }

  @Test
  void anEntityHasItsMonthsCompanyEventsAndTimeline() throws Exception {
    JsonNode e = ok("/api/entities/" + Served.enc("country:RUS"));
    assertThat(e.get("name").asText()).isEqualTo("Russia");
    assertThat(e.get("type").asText()).isEqualTo("GPE");
    assertThat(e.get("articles").asLong()).isGreaterThan(1);
    assertThat(e.get("months")).isNotEmpty();
    assertThat(e.get("with")).isNotEmpty();
    assertThat(e.get("timeline")).isNotEmpty();
    // found by a spelling as well as by id
    assertThat(ok("/api/entities/" + Served.enc("روسيا")).get("id").asText()).isEqualTo("country:RUS");
    assertThat(s.get("/api/entities/" + Served.enc("no-such-entity-anywhere")).statusCode()).isEqualTo(404);
  }

  @Test
  void eventsMeetEveryFilterAndTheDyadHoldsBothDirections() throws Exception {
    JsonNode accusations = ok("/api/events?type=ACCUSE");
    assertThat(accusations.get("total").asLong()).isPositive();
    long[] byHand = {0};
    s.reader.forEach(SearchRequest.of(""),
        a -> byHand[0] += a.events().stream().filter(e -> "ACCUSE".equalsIgnoreCase(e.type())).count());
    assertThat(accusations.get("total").asLong()).as("every accusation of the archive").isEqualTo(byHand[0]);
    for (JsonNode e : accusations.get("events")) {
      assertThat(e.get("type").asText()).isEqualTo("ACCUSE");
      assertThat(e.get("evidence").asText()).isNotBlank();
    }
    JsonNode some = null;
    for (JsonNode e : ok("/api/events?limit=100").get("events")) {
      if (!e.get("actor").path("code").isNull() && !e.get("target").path("code").isNull()
          && !e.get("actor").get("code").asText().equals(e.get("target").get("code").asText())) {
        some = e;
        break;
      }
    }
    assertThat(some).as("an event between two countries").isNotNull();
    String a = some.get("actor").get("code").asText();
    String b = some.get("target").get("code").asText();
    JsonNode dyad = ok("/api/events/dyad?a=" + a + "&b=" + b);
    assertThat(dyad.get("events").get("total").asLong()).isPositive();
    assertThat(dyad.get("months").get("series")).hasSize(2);
    for (JsonNode e : dyad.get("events").get("events")) {
      assertThat(List.of(e.get("actor").get("code").asText(), e.get("target").get("code").asText()))
          .containsExactlyInAnyOrder(a, b);
    }
  }

  @Test
  void quotationsTimelineAndStats() throws Exception {
    JsonNode quotes = ok("/api/quotes?limit=5");
    assertThat(quotes.get("total").asLong()).isPositive();
    assertThat(quotes.get("quotes")).hasSizeLessThanOrEqualTo(5);
    String speaker = null;
    for (JsonNode q : ok("/api/quotes?limit=100").get("quotes")) {
      if (!q.get("speaker").isNull()) {
        speaker = q.get("speaker").asText();
        break;
      }
    }
    assertThat(speaker).isNotNull();
    for (JsonNode q : ok("/api/quotes?speaker=" + Served.enc(speaker)).get("quotes")) {
      assertThat(q.get("speaker").asText()).isEqualTo(speaker);
    }
    assertThat(ok("/api/timeline?entity=" + Served.enc("country:RUS")).isArray()).isTrue();
    JsonNode stats = ok("/api/stats");
    assertThat(stats.get("articles").asLong()).isEqualTo(s.reader.size());
  }

  @Test
  void exportsStreamEveryMatchAsJsonlCsvAndPlover() throws Exception {
    long total = ok("/api/search?q=" + Served.enc("السودان")).get("total").asLong();
    HttpResponse<String> jsonl = s.get("/api/export?format=jsonl&q=" + Served.enc("السودان"));
    assertThat(jsonl.statusCode()).isEqualTo(200);
    List<String> records = Served.lines(jsonl.body());
    assertThat(records).hasSize((int) total);
    assertThat(Json.MAPPER.readTree(records.get(0)).get("text").asText()).contains("السودان");

    HttpResponse<String> csv = s.get("/api/export?format=csv&q=" + Served.enc("السودان"));
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    assertThat(csv.body()).startsWith("id,source,outlet,title,published");

    HttpResponse<String> plover = s.get("/api/export?format=plover&event=ACCUSE");
    for (String line : Served.lines(plover.body())) {
      assertThat(Json.MAPPER.readTree(line).has("event_type")).isTrue();
    }
    assertThat(Served.lines(plover.body())).isNotEmpty();
  }

  @Test
  void analyzeReturnsTheRecordOfTextHtmlOrJsonAndStoresNothing() throws Exception {
    long before = s.reader.size();
    String text = "القاهرة - قال وزير الخارجية المصري اليوم الأحد إن بلاده ترفض أي تدخل في شؤون السودان.";
    HttpResponse<String> plain = s.post("/api/analyze", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
    JsonNode record = json(plain);
    assertThat(record.get("text").asText()).contains("السودان");
    assertThat(record.get("entities")).isNotEmpty();

    String html = "<html><head><title>عنوان الخبر</title></head><body><article><h1>عنوان الخبر</h1><p>" + text
        + "</p></article></body></html>";
    JsonNode fromHtml = json(s.post("/api/analyze", "text/html", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromHtml.get("text").asText()).contains("السودان").doesNotContain("<p>");

    String object = Json.MAPPER.writeValueAsString(java.util.Map.of("text", text, "title", "عنوان", "outlet", "RT"));
    JsonNode fromJson = json(s.post("/api/analyze", "application/json", object.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromJson.get("title").asText()).isEqualTo("عنوان");
    assertThat(s.reader.size()).isEqualTo(before);
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    JsonNode doc = ok("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/search", "/api/articles/{id}", "/api/entities/{id}", "/api/timeline",
        "/api/quotes", "/api/events", "/api/events/dyad", "/api/events/map", "/api/stats", "/api/export",
        "/api/analyze", "/api/ingest", "/api/openapi.json");
  }
}
