package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Article;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Dimension;
import org.marsad.store.SearchRequest;
import org.marsad.store.Store;
import org.marsad.store.StoreWriter;

/** Alerts: the same words and filters as marsad search, one JSON line per new matching article. */
class AlertsTest {

  private static final Pipeline PIPELINE = Pipeline.standard();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static Article article(String url, String title, String body) {
    return PIPELINE.analyze(new RawArticle(url, title + "\n" + body, new Given(title, "2026-03-02", url, null)));
  }

  private final List<Article> fresh = List.of(
      article("http://127.0.0.1/a", "روسيا واليابان تبحثان معاهدة السلام",
          "موسكو - بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الياباني اليوم مسألة معاهدة السلام بين البلدين."),
      article("http://127.0.0.1/b", "افتتاح معرض دولي للكتاب",
          "افتتح اليوم معرض دولي للكتاب بمشاركة خمسين دولة ويستمر عشرة أيام."));

  @Test
  void aMatchingArticleIsOneJsonLineAndIsWrittenOnceAcrossRestarts() throws Exception {
    Path out = dir.resolve("alerts.jsonl");
    SearchRequest request = SearchRequest.of("معاهدة").and(Dimension.ENTITY, "Sergey Lavrov");
    List<SearchAlerts.Alert> alerts = List.of(new SearchAlerts.Alert("lavrov", request, out.toString()));
    List<String> problems = new ArrayList<>();
    new SearchAlerts(alerts, dir.resolve("scratch")).send(fresh, problems);
    new SearchAlerts(alerts, dir.resolve("scratch")).send(fresh, problems); // a restarted watcher reads them again
    assertThat(problems).isEmpty();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode n = JSON.readTree(lines.get(0));
    assertThat(n.path("alert").asText()).isEqualTo("lavrov");
    assertThat(n.path("url").asText()).isEqualTo("http://127.0.0.1/a");
    assertThat(n.path("title").asText()).isEqualTo("روسيا واليابان تبحثان معاهدة السلام");
  }

  @Test
  void aWebhookGetsAPost() throws Exception {
    List<String> posted = new CopyOnWriteArrayList<>();
    try (LocalWeb hook = new LocalWeb()) {
      hook.route("/hook", (x, n) -> {
        posted.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        LocalWeb.send(x, 204, null, new byte[0]);
      });
      SearchAlerts alerts = new SearchAlerts(List.of(new SearchAlerts.Alert("books",
          new SearchRequest("الكتاب", Map.of(), "2026", null, 10), hook.uri("/hook").toString())), dir.resolve("s"));
      List<String> problems = new ArrayList<>();
      alerts.send(fresh, problems);
      assertThat(problems).isEmpty();
    }
    assertThat(posted).hasSize(1);
    assertThat(JSON.readTree(posted.get(0)).path("url").asText()).isEqualTo("http://127.0.0.1/b");
  }

  @Test
  void theWatcherAlertsOnNewArticlesItStores() throws Exception {
    try (LocalWeb web = new LocalWeb()) {
      web.page("/robots.txt", "text/plain", "");
      web.page("/news/1", "text/html; charset=utf-8", Pages.article(Pages.HEADLINES[0], Pages.paragraph(1)));
      web.page("/news/2", "text/html; charset=utf-8", Pages.article(Pages.HEADLINES[1], Pages.paragraph(2)));
      web.page("/feed.xml", "application/rss+xml", Pages.rss(List.of(web.uri("/news/1"), web.uri("/news/2"))));
      Path out = dir.resolve("drought.jsonl");
      SearchAlerts alerts = new SearchAlerts(List.of(new SearchAlerts.Alert("drought", SearchRequest.of("الجفاف"),
          out.toString())), dir.resolve("scratch"));
      WatchSettings s = WatchSettings.defaults().withPoliteness(Duration.ZERO, 2).withRecheck(Duration.ZERO);
      try (StoreWriter archive = Store.at(dir.resolve("archive").toString()).openWriter();
          Watcher w = new Watcher(s, dir.resolve("state"), ArticleStore.of(archive), PIPELINE,
              alerts)) {
        w.round(List.of(web.uri("/feed.xml").toString()));
        w.round(List.of(web.uri("/feed.xml").toString()));
      }
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      assertThat(lines).hasSize(1);
      assertThat(JSON.readTree(lines.get(0)).path("title").asText()).isEqualTo(Pages.HEADLINES[0]);
    }
  }
}
