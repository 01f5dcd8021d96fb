package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Article;
import org.marsad.ingest.ArticleList;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

/** Rounds of the watcher over a site on 127.0.0.1, storing into a store that remembers what it got. */
class WatcherTest {

  private static final Pipeline PIPELINE = Pipeline.standard();
  private static final WatchSettings SETTINGS = WatchSettings.defaults()
      .withPoliteness(Duration.ZERO, 4)
      .withTimeout(Duration.ofSeconds(5), 2, Duration.ofSeconds(2))
      .withRecheck(Duration.ZERO);

  @TempDir
  Path dir;

  private final LocalWeb web;
  private final Memory store = new Memory();

  WatcherTest() throws IOException {
    web = new LocalWeb();
    web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
  }

  @AfterEach
  void close() {
    web.close();
  }

  /** An archive in memory: by source, as the real one replaces. */
  static final class Memory implements ArticleStore {
    final Map<String, Article> bySource = new LinkedHashMap<>();
    final Set<String> keys = new HashSet<>();
    int adds;
    int commits;

    @Override
    public String readKey(RawArticle raw) {
      return Integer.toHexString((raw.source() + raw.text() + raw.given()).hashCode());
    }

    @Override
    public synchronized boolean holds(String readKey) {
      return keys.contains(readKey);
    }

    @Override
    public synchronized void add(Article article, String readKey) {
      bySource.put(article.source(), article);
      keys.add(readKey);
      adds++;
    }

    @Override
    public synchronized void commit() {
      commits++;
    }
  }

  private Watcher watcher(WatchSettings s) throws IOException {
    return new Watcher(s, dir.resolve("state"), store, PIPELINE, Alerts.NONE);
  }

  private List<URI> articles(int n) {
    List<URI> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = "/news/" + i;
      web.page(path, "text/html; charset=utf-8", Pages.article(Pages.HEADLINES[i % Pages.HEADLINES.length],
          Pages.paragraph(i)));
      out.add(web.uri(path));
    }
    return out;
  }

  @Test
  void aFeedIsReadOnceAndTheNextRoundFetchesNothingNew() throws Exception {
    List<URI> links = articles(4);
    web.page("/feed.xml", "application/rss+xml", Pages.rss(links));
    try (Watcher w = watcher(SETTINGS)) {
      Round first = w.round(List.of(web.uri("/feed.xml").toString()));
      assertThat(first.total().fresh()).isEqualTo(4);
      assertThat(first.problems()).isEmpty();
      assertThat(store.bySource.get(links.get(1).toString()).title()).isEqualTo(Pages.HEADLINES[1]);
      Round second = w.round(List.of(web.uri("/feed.xml").toString()));
      assertThat(second.total().fresh()).isZero();
      assertThat(web.count("/news/0")).isEqualTo(1);
    }
    try (Watcher again = watcher(SETTINGS)) { // a new process, the same state
      assertThat(again.round(List.of(web.uri("/feed.xml").toString())).total().fetched()).isZero();
    }
    assertThat(store.adds).isEqualTo(4);
  }

  @Test
  void anArticleThatChangesBetweenRoundsReplacesItsEarlierVersion() throws Exception {
    List<URI> links = articles(2);
    web.page("/sitemap.xml", "application/xml", Pages.sitemap(links, Instant.parse("2026-03-02T08:00:00Z")));
    try (Watcher w = watcher(SETTINGS)) {
      w.round(List.of(web.uri("/sitemap.xml").toString()));
      String correction = "قال مسؤول في الوزارة اليوم إن الخطة المعدلة تشمل أيضا محطات لتحلية المياه في المدن الساحلية"
          + " بعد مراجعة شاملة للاحتياجات.";
      web.page("/news/1", "text/html; charset=utf-8", Pages.article(Pages.HEADLINES[1], correction));
      web.page("/sitemap.xml", "application/xml", Pages.sitemap(links, Instant.parse("2026-03-02T10:00:00Z")));
      Round r = w.round(List.of(web.uri("/sitemap.xml").toString()));
      assertThat(r.total().changed()).isEqualTo(1);
      assertThat(r.total().unchanged()).isEqualTo(1);
    }
    assertThat(store.bySource).hasSize(2);
    assertThat(store.bySource.get(links.get(1).toString()).text()).contains("محطات لتحلية المياه");
  }

  @Test
  void robotsTxtKeepsTheWatcherOutOfAForbiddenPath() throws Exception {
    List<URI> links = new ArrayList<>(articles(1));
    web.page("/private/draft", "text/html", Pages.article(Pages.HEADLINES[2], Pages.paragraph(9)));
    links.add(web.uri("/private/draft"));
    web.page("/feed.xml", "application/rss+xml", Pages.rss(links));
    try (Watcher w = watcher(SETTINGS)) {
      Round r = w.round(List.of(web.uri("/feed.xml").toString()));
      assertThat(r.total().fresh()).isEqualTo(1);
      assertThat(r.problems()).anyMatch(p -> p.contains("/private/draft") && p.contains("robots.txt"));
    }
    assertThat(web.count("/private/draft")).isZero();
  }

  @Test
  void aMalformedFeedIsOneProblemAndTheOtherSourcesAreRead() throws Exception {
    List<URI> links = articles(1);
    web.page("/broken.xml", "application/rss+xml", "<rss><channel><item><title>بلا نهاية");
    web.page("/feed.xml", "application/rss+xml", Pages.rss(links));
    Path list = Files.writeString(dir.resolve("sources.txt"),
        "# our sources\n" + web.uri("/broken.xml") + "\n\n" + web.uri("/feed.xml") + "\n");
    try (Watcher w = watcher(SETTINGS)) {
      Round r = w.round(List.of(list.toString()));
      assertThat(r.total().fresh()).isEqualTo(1);
      assertThat(r.problems()).anyMatch(p -> p.startsWith(web.uri("/broken.xml").toString()));
    }
  }

  @Test
  void aPageInWindows1256SentAsUtf8IsReadAsArabic() throws Exception {
    String html = Pages.article(Pages.HEADLINES[3], Pages.paragraph(3)).replace("<meta charset=\"utf-8\">", "");
    web.route("/news/cp1256", (x, n) -> LocalWeb.send(x, 200, "text/html; charset=utf-8",
        html.getBytes(Charset.forName("windows-1256"))));
    web.page("/feed.xml", "application/rss+xml", Pages.rss(List.of(web.uri("/news/cp1256"))));
    try (Watcher w = watcher(SETTINGS)) {
      w.round(List.of(web.uri("/feed.xml").toString()));
    }
    Article a = store.bySource.get(web.uri("/news/cp1256").toString());
    assertThat(a.title()).isEqualTo(Pages.HEADLINES[3]);
    assertThat(a.text()).contains("شبكات الري الحديثة");
  }

  @Test
  void aServerErrorOnAPageIsTriedAgainNextRound() throws Exception {
    web.route("/news/down", (x, n) -> {
      if (n <= 2) {
        LocalWeb.send(x, 503, "text/plain", "maintenance");
      } else {
        LocalWeb.send(x, 200, "text/html", Pages.article(Pages.HEADLINES[0], Pages.paragraph(7)));
      }
    });
    web.page("/feed.xml", "application/rss+xml", Pages.rss(List.of(web.uri("/news/down"))));
    try (Watcher w = watcher(SETTINGS)) {
      Round first = w.round(List.of(web.uri("/feed.xml").toString()));
      assertThat(first.total().failed()).isEqualTo(1);
      Round second = w.round(List.of(web.uri("/feed.xml").toString()));
      assertThat(second.total().fresh()).isEqualTo(1);
    }
  }

  @Test
  void whatIsFetchedIsKeptAsWarcAndReadBackByTheReader() throws Exception {
    List<URI> links = articles(3);
    web.page("/feed.xml", "application/rss+xml", Pages.rss(links));
    Path warcDir = dir.resolve("warc");
    try (Watcher w = watcher(SETTINGS.withWarcOut(warcDir))) {
      w.round(List.of(web.uri("/feed.xml").toString()));
    }
    List<Path> files;
    try (var s = Files.list(warcDir)) {
      files = s.toList();
    }
    assertThat(files).hasSize(1);
    assertThat(files.get(0).getFileName().toString()).endsWith(".warc.gz");
    ArticleList warc = new ArticleList();
    new ArticleReader().read(files.get(0), warc);
    List<RawArticle> read = warc.articles();
    List<String> problems = warc.problems();
    assertThat(problems).isEmpty();
    assertThat(read).extracting(RawArticle::source)
        .containsExactlyInAnyOrderElementsOf(links.stream().map(URI::toString).toList());
    assertThat(read).extracting(a -> a.given().title()).contains(Pages.HEADLINES[0], Pages.HEADLINES[2]);
  }

  @Test
  void aFeedOfTenThousandItemsIsListedWhole() {
    List<URI> links = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      links.add(URI.create("http://127.0.0.1/news/" + i));
    }
    byte[] feed = Pages.rss(links).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Listing.Read r = Listing.read(URI.create("http://127.0.0.1/feed.xml"), feed, "application/rss+xml");
    assertThat(r.problem()).isNull();
    assertThat(r.items()).hasSize(10_000);
    assertThat(r.items().get(9_999).url()).isEqualTo(URI.create("http://127.0.0.1/news/9999"));
  }

  @Test
  void aFeedOfTenThousandItemsServedLocallyIsReadInOneBoundedRound() throws Exception {
    // three articles to fetch and 9,997 links that robots.txt forbids: every item is listed and
    // weighed, only the three are fetched, and the server hears nothing but the feed, robots.txt and them
    List<URI> links = new ArrayList<>(articles(3));
    for (int i = 0; i < 9_997; i++) {
      links.add(web.uri("/private/" + i));
    }
    web.page("/feed.xml", "application/rss+xml", Pages.rss(links));
    try (Watcher w = watcher(SETTINGS)) {
      Round r = w.round(List.of(web.uri("/feed.xml").toString()));
      assertThat(r.total().fresh()).isEqualTo(3);
      assertThat(r.problems()).hasSize(9_997).allMatch(p -> p.contains("robots.txt"));
    }
    assertThat(web.requests).containsOnly("/feed.xml", "/robots.txt", "/news/0", "/news/1", "/news/2");
    assertThat(web.count("/feed.xml")).isEqualTo(1);
  }
}
