package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.marsad.doc.Json;
import org.openqa.selenium.By;

/**
 * Articles written to attack the pages: script tags, attribute breakers, {@code javascript:}
 * and {@code data:} sources, right-to-left override characters, a 1 MB headline, in the title,
 * the outlet, the body and a quotation. Ingested like any other, then every page that shows them
 * is opened in a real browser: nothing runs, nothing is injected, the override stays inside its
 * own element, and the huge headline does not make a huge page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileArticlesTest {

  private static final String SCRIPT = "<script>window.__pwned='script'</script>";
  private static final String IMG = "<img src=x onerror=\"window.__pwned='img'\">";
  private static final String BREAKER = "\"'><svg onload=\"window.__pwned='svg'\"></svg><a href='javascript:window.__pwned=1'>x</a>";
  private static final String RLO = "\u202E";
  private static final String BODY = "وقال وزير الخارجية الروسي سيرغي لافروف في موسكو اليوم الاثنين إن \"" + SCRIPT
      + " روسيا ترفض العقوبات الأمريكية " + BREAKER + "\". وأضاف أن الولايات المتحدة تتحمل المسؤولية " + IMG
      + " عن تصعيد التوتر في المنطقة، داعيا إلى حوار جديد بين البلدين.";

  private Served s;
  private Browser b;
  private final List<String> ids = new ArrayList<>();

  @BeforeAll
  void ingestAndServe() throws Exception {
    Path dir = Files.createTempDirectory("marsad-hostile");
    Path jsonl = dir.resolve("hostile.jsonl");
    List<Map<String, String>> articles = List.of(
        article(SCRIPT + IMG + " عنوان خبر عن روسيا", BODY, BREAKER, "javascript:window.__pwned='url'"),
        // the override is an invisible mark, so the text differs by a word, or it were the first article again
        article(RLO + "عاجل" + RLO + " موسكو ترد على واشنطن " + RLO, RLO + BODY.replace("الاثنين", "الأربعاء"), RLO + "وكالة" + RLO,
            "data:text/html,<script>window.__pwned='data'</script>"),
        article("عنوان طويل جدا ".repeat(70_000), BODY.replace("الاثنين", "الثلاثاء"), "وكالات", "https://news.example/long"),
        Map.of("html", "<html><head><title>" + SCRIPT + "</title></head><body><h1>صفحة " + BREAKER + "</h1><p>" + BODY
            + "</p><p><a href=\"javascript:window.__pwned='link'\">اضغط هنا</a></p></body></html>",
            "url", "https://news.example/page\"onmouseover=\"window.__pwned=1"));
    StringBuilder lines = new StringBuilder();
    for (Map<String, String> a : articles) {
      lines.append(Json.MAPPER.writeValueAsString(a)).append('\n');
    }
    Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
    assertThat(Files.size(jsonl)).isGreaterThan(1_000_000);
    s = Served.serve(Served.ingest(jsonl.toString(), "samples/04-moscow-talks.txt"), null);
    for (String line : Served.lines(s.get("/api/export?format=jsonl").body())) {
      ids.add(Json.MAPPER.readTree(line).get("id").asText());
    }
    assertThat(ids).hasSize(5);
    b = Browser.open();
  }

  private static Map<String, String> article(String title, String text, String outlet, String url) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("title", title);
    a.put("text", text);
    a.put("outlet", outlet);
    a.put("url", url);
    a.put("published", "2026-01-12");
    return a;
  }

  @AfterAll
  void stop() {
    if (b != null) {
      b.close();
    }
    if (s != null) {
      s.close();
    }
  }

  @Test
  void nothingRunsOrIsInjectedOnAnyPageThatShowsThem() {
    List<String> pages = new ArrayList<>(List.of("/", "/search", "/search?q=" + Served.enc("روسيا"),
        "/search?q=" + Served.enc("\"><script>window.__pwned='q'</script>"), "/quotes", "/events",
        "/entity/country:RUS", "/entity/country:USA", "/search?outlet=" + Served.enc(BREAKER)));
    ids.forEach(id -> pages.add("/article/" + id));
    for (String page : pages) {
      b.driver.get(s.base() + page);
      assertThat(b.js("return typeof window.__pwned")).as(page).isEqualTo("undefined");
      assertThat(b.js("return document.querySelectorAll('script:not([src]), [onerror], [onload], [onmouseover], svg, iframe,"
          + " object, embed, a[href^=\"javascript:\" i], a[href^=\"data:\" i], img').length")).as(page).isEqualTo(0L);
      assertThat(b.console()).as(page + ": the console").noneMatch(l -> l.contains("Content Security Policy")
          || l.contains("SEVERE"));
    }
    b.driver.get(s.base() + "/search?q=" + Served.enc("روسيا"));
    b.shot("hostile-search");
  }

  @Test
  void theirWordsAreShownAsTextAndTheirSourcesAreNotLinks() {
    for (String id : ids) {
      b.driver.get(s.base() + "/article/" + id);
      String headline = b.driver.findElement(By.id("headline")).getText();
      assertThat(headline.length()).as("a headline is cut for the page").isLessThanOrEqualTo(Desk.HEADLINE + 1);
      if (headline.contains("window.__pwned='script'")) {
        assertThat(headline).contains("<script>").contains("onerror=");
        assertThat(b.driver.findElements(By.id("source-link"))).as("a javascript: source is not a link").isEmpty();
        b.shot("hostile-article");
      }
    }
  }

  @Test
  void aRightToLeftOverrideStaysInsideItsOwnElement() {
    b.driver.get(s.base() + "/search");
    for (Object bidi : (List<?>) b.js("return [...document.querySelectorAll('.hit a.title, .hit .meta bdi')]"
        + ".map(e => getComputedStyle(e).unicodeBidi)")) {
      assertThat(bidi).isIn("isolate", "plaintext", "isolate-override");
    }
    for (String id : ids) {
      b.driver.get(s.base() + "/article/" + id);
      assertThat(b.js("return getComputedStyle(document.getElementById('headline')).unicodeBidi")).isIn("isolate", "plaintext");
    }
  }

  @Test
  void aHugeHeadlineDoesNotMakeAHugePage() {
    for (String page : List.of("/", "/search", "/quotes", "/events")) {
      int size = s.get(page).body().length();
      assertThat(size).as(page + " characters").isLessThan(300_000);
    }
    for (String id : ids) {
      assertThat(s.get("/article/" + id).body().length()).isLessThan(300_000);
    }
  }
}
