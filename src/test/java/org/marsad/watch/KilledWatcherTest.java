package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Article;
import org.marsad.store.SearchRequest;
import org.marsad.store.Store;
import org.marsad.store.StoreReader;

/**
 * {@code marsad watch} in a child process, killed with SIGKILL midway through a round, then run
 * again: every article ends up in the archive once, and what the first run made durable is not
 * fetched a second time.
 */
class KilledWatcherTest {

  private static final int ARTICLES = 30;

  @TempDir
  Path dir;

  @Test
  void aWatcherKilledMidwayLosesNothingAndStoresNothingTwice() throws Exception {
    try (LocalWeb web = new LocalWeb()) {
      web.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
      List<URI> links = new ArrayList<>();
      for (int i = 0; i < ARTICLES; i++) {
        String body = Pages.article(Pages.HEADLINES[i % Pages.HEADLINES.length] + " " + i, Pages.paragraph(i));
        web.route("/news/" + i, (x, n) -> {
          sleep(150); // slow enough for the kill to land midway
          LocalWeb.send(x, 200, "text/html; charset=utf-8", body);
        });
        links.add(web.uri("/news/" + i));
      }
      web.page("/feed.xml", "application/rss+xml", Pages.rss(links));
      Path index = dir.resolve("archive");

      Process first = watch(web, index);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      // killed once a commit is recorded in the state, while the rest of the round is under way
      while (storedInState(index) < 3 && first.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(first.isAlive()).as("the first watcher is still at work when killed").isTrue();
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int servedBefore = pagesServed(web);

      Process second = watch(web, index);
      assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the second watcher ends its round").isTrue();
      assertThat(second.exitValue()).isZero();
      int servedAfter = pagesServed(web) - servedBefore;

      try (StoreReader archive = Store.at(index.toString()).openReader()) {
        List<Article> all = archive.all(new SearchRequest("", java.util.Map.of(), null, null, 1000));
        Set<String> sources = new HashSet<>();
        for (Article a : all) {
          sources.add(a.source());
        }
        assertThat(all).hasSize(ARTICLES);
        assertThat(sources).hasSize(ARTICLES);
      }
      assertThat(servedAfter).as("pages committed before the kill are not fetched again").isLessThan(ARTICLES);
    }
  }

  /** Pages the state records as stored (after the archive's commit). */
  private static int storedInState(Path index) throws IOException {
    Path journal = Watcher.stateFolder(index).resolve("journal.jsonl");
    if (!Files.exists(journal)) {
      return 0;
    }
    int n = 0;
    for (String line : Files.readAllLines(journal)) {
      if (line.matches(".*\"readKey\":\"[0-9a-f]+\".*")) {
        n++;
      }
    }
    return n;
  }

  private static int pagesServed(LocalWeb web) {
    int n = 0;
    for (int i = 0; i < ARTICLES; i++) {
      n += web.count("/news/" + i);
    }
    return n;
  }

  private Process watch(LocalWeb web, Path index) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-Xss4m", "-cp", System.getProperty("java.class.path"), "org.marsad.cli.Main",
        "watch", web.uri("/feed.xml").toString(), "--index", index.toString(), "--once", "--delay", "0",
        "--per-host", "2", "--commit-every", "3", "--recheck", "0")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
