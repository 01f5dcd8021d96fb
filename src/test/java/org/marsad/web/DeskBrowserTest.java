package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The desk as a person uses it, in a real browser over the sample archive: type a query, open
 * a result, see the highlights, switch layers, hover a quotation, open a speaker's page, export
 * a CSV, switch to Arabic. Every page is saved as a screenshot; the console must show no error
 * and no breach of the Content-Security-Policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserTest {

  private Browser b;
  private Served s;

  @BeforeAll
  void start() {
    b = Browser.open();
    s = Served.samples();
  }

  @AfterAll
  void stop() {
    if (b != null) {
      List<String> console = b.console();
      b.close();
      assertThat(console).as("the browser console").noneMatch(l -> l.contains("SEVERE") || l.contains("Content Security Policy"));
    }
  }

  @Test
  void aReaderSearchesReadsFollowsASpeakerAndExports() throws Exception {
    b.driver.get(s.base() + "/?lang=en");
    b.waiting().until(d -> Boolean.TRUE.equals(b.js("return !!document.querySelector('#events-per-day canvas')")));
    b.shot("home");

    // the search box of every page's header, then the search page's own box, answered in place by htmx
    WebElement box = b.driver.findElement(By.cssSelector("header input[name=q]"));
    box.sendKeys("مجلس الأمن", Keys.ENTER);
    b.waiting().until(ExpectedConditions.urlContains("/search"));
    WebElement q = b.driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("السودان", Keys.ENTER);
    b.waiting().until(d -> d.getCurrentUrl().contains(Served.enc("السودان"))
        && !d.findElements(By.cssSelector("#found .hit mark")).isEmpty());
    List<WebElement> marks = b.driver.findElements(By.cssSelector("#found .hit mark"));
    // Marked words are the searched word with any of ال's joined forms ("للسودان" too).
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).contains("سودان"));
    assertThat(b.driver.findElement(By.id("total")).getText()).isNotEqualTo("0");
    b.shot("search");

    // open results until one quotes a known speaker
    List<String> results = b.driver.findElements(By.cssSelector("#found .hit a.title")).stream()
        .map(a -> a.getAttribute("href")).toList();
    assertThat(results).isNotEmpty();
    b.driver.findElement(By.cssSelector("#found .hit a.title")).click();
    b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    for (String href : results) {
      if (!b.driver.findElements(By.cssSelector("#quotes a.speaker")).isEmpty()) {
        break;
      }
      b.driver.get(href);
    }
    assertThat(b.driver.findElements(By.cssSelector("#quotes a.speaker"))).as("an article quoting a known speaker").isNotEmpty();
    WebElement entity = b.driver.findElement(By.cssSelector("#article-text .ent"));
    assertThat(background(entity)).isNotEqualTo("rgba(0, 0, 0, 0)");
    b.shot("article");

    // each layer is switched off and on again by its box
    b.driver.findElement(By.id("show-ent")).click();
    assertThat(background(entity)).isEqualTo("rgba(0, 0, 0, 0)");
    b.driver.findElement(By.id("show-ent")).click();
    assertThat(background(entity)).isNotEqualTo("rgba(0, 0, 0, 0)");

    // a quotation names its speaker on hover
    WebElement quoted = b.driver.findElement(By.cssSelector("#article-text .q[data-speaker]"));
    new Actions(b.driver).moveToElement(quoted).perform();
    String shown = (String) b.js("return getComputedStyle(arguments[0], '::after').content", quoted);
    assertThat(shown).contains(quoted.getAttribute("data-speaker"));

    // the speaker's page: charts drawn, what they said listed
    WebElement speaker = b.driver.findElement(By.cssSelector("#quotes a.speaker"));
    String name = speaker.getText();
    speaker.click();
    b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
    assertThat(b.driver.findElement(By.id("entity-name")).getText()).contains(name);
    b.waiting().until(d -> Boolean.TRUE.equals(b.js("return !!document.querySelector('#mentions canvas')"
        + " && !!document.querySelector('#cooccurring canvas')")));
    assertThat(b.driver.findElements(By.cssSelector("#entity-quotes blockquote"))).isNotEmpty();
    b.shot("entity");

    // export the search's results as CSV, as a download
    b.driver.get(s.base() + "/search?q=" + Served.enc("السودان"));
    long total = Long.parseLong(b.driver.findElement(By.id("total")).getText());
    b.driver.findElement(By.id("export-csv")).click();
    Path csv = b.downloads.resolve("marsad-export.csv");
    b.waiting().withTimeout(Duration.ofSeconds(30)).until(d -> Files.isRegularFile(csv) && size(csv) > 0
        && !Files.exists(b.downloads.resolve("marsad-export.csv.crdownload")));
    String content = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(content).startsWith("id,source,outlet,title,published").contains("السودان");
    try (Stream<String> rows = Files.lines(csv).filter(l -> l.matches("^[0-9a-f]{16},.*"))) {
      assertThat(rows.count()).isEqualTo(total);
    }
  }

  @Test
  void quotationsEventsAndTheArabicInterface() {
    b.driver.get(s.base() + "/quotes?lang=en");
    assertThat(b.driver.findElements(By.cssSelector("#quote-list li"))).isNotEmpty();
    b.shot("quotes");

    b.driver.get(s.base() + "/events?lang=en");
    b.waiting().until(d -> Boolean.TRUE.equals(b.js("return !!document.querySelector('#events-map canvas')")));
    assertThat(b.driver.findElements(By.cssSelector("#event-table tbody tr"))).isNotEmpty();
    b.shot("events");

    String a = b.driver.findElement(By.cssSelector("#event-table tbody tr td:nth-child(3) .muted")).getText().strip();
    String t = b.driver.findElement(By.cssSelector("#event-table tbody tr td:nth-child(4) .muted")).getText().strip();
    if (!a.isEmpty() && !t.isEmpty()) {
      b.driver.get(s.base() + "/events?a=" + a.split(" ")[0] + "&b=" + t.split(" ")[0]);
      b.waiting().until(d -> Boolean.TRUE.equals(b.js("return !!document.querySelector('#dyad-chart canvas')")));
      b.shot("events-dyad");
    }

    b.driver.get(s.base() + "/?lang=en");
    b.driver.findElement(By.id("lang-switch")).click();
    b.waiting().until(d -> "rtl".equals(b.js("return document.documentElement.dir")));
    assertThat(b.driver.findElement(By.cssSelector("header nav a")).getText()).isEqualTo(Labels.of("ar").get("nav.home"));
    b.waiting().until(d -> Boolean.TRUE.equals(b.js("return !!document.querySelector('#home-map canvas')")));
    b.shot("home-ar");
    b.driver.get(s.base() + "/entity/country:EGY");
    assertThat(b.js("return document.documentElement.dir")).as("the choice is remembered").isEqualTo("rtl");
    b.driver.get(s.base() + "/?lang=en");
  }

  private String background(WebElement e) {
    return (String) b.js("return getComputedStyle(arguments[0]).backgroundColor", e);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
