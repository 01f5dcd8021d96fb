package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.SharedData;
import org.marsad.pipeline.ArticleId;

/**
 * The five real seed articles of {@code ../shared/seeds} against their hand-made gold: title,
 * published, credits and dateline, compared as the scorer compares them; and each seed saved
 * in windows-1256 reads to the same record. Skipped when {@code ../shared} is missing (failed
 * under CI).
 */
class SeedsTest {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  @TempDir
  Path dir;

  static Stream<String> seeds() throws IOException {
    try (Stream<Path> s = Files.list(SharedData.seeds())) {
      List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
      assertThat(names).as("seed articles in " + SharedData.seeds()).isNotEmpty();
      return names.stream();
    }
  }

  private static JsonNode gold(String seed) throws IOException {
    JsonNode doc = new ObjectMapper().readTree(SharedData.gold().toFile()).path("docs").path(seed);
    assertThat(doc.isObject()).as("gold for " + seed + " in " + SharedData.gold()).isTrue();
    return doc;
  }

  private static CleanArticle read(Path file) {
    Collected c = new Collected();
    new ArticleReader().read(file, c);
    assertThat(c.problems).as("problems reading " + file).isEmpty();
    return c.only();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void metadataAgreesWithTheGold(String seed) throws IOException {
    CleanArticle a = read(SharedData.seeds().resolve(seed));
    JsonNode g = gold(seed);

    String title = text(g, "title");
    if (title != null) {
      assertThat(GoldNorm.norm(a.title())).as("title").isEqualTo(GoldNorm.norm(title));
    } else {
      assertThat(a.title()).as("title (the page has no headline of its own)").isNull();
    }

    String published = text(g, "published");
    if (published != null) {
      assertThat(a.published()).as("published").isNotNull();
      assertThat(withoutZ(a.published())).as("published").startsWith(withoutZ(published));
      assertThat(a.published().endsWith("Z")).as("published says GMT").isEqualTo(published.endsWith("Z"));
    } else {
      List<String> alsoRight = texts(g.path("published_also_right"));
      if (a.published() != null) {
        assertThat(alsoRight).as("published (the text gives none)").anySatisfy(d -> assertThat(a.published()).startsWith(d));
      }
    }

    List<List<String>> groups = new ArrayList<>();
    g.path("credits").forEach(group -> groups.add(texts(group).stream().map(GoldNorm::norm).toList()));
    List<String> credits = a.credits().stream().map(GoldNorm::norm).toList();
    assertThat(groups).as("credits %s", a.credits()).allSatisfy(group -> assertThat(credits).containsAnyElementsOf(group));
    assertThat(credits).as("credits beyond the gold").allSatisfy(c -> assertThat(groups).anySatisfy(
        group -> assertThat(group).contains(c)));

    List<String> datelines = texts(g.path("dateline")).stream().map(GoldNorm::norm).toList();
    if (datelines.isEmpty()) {
      assertThat(a.dateline()).as("dateline").isNull();
    } else {
      assertThat(datelines).as("dateline " + a.dateline()).contains(GoldNorm.norm(a.dateline()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aWindows1256CopyGivesTheSameRecord(String seed) throws IOException {
    CleanArticle original = read(SharedData.seeds().resolve(seed));
    // windows-1256 has no Arabic-Indic digits: a page in it writes the digits it shows as 0-9
    String text = latinDigits(Files.readString(SharedData.seeds().resolve(seed), StandardCharsets.UTF_8));
    assertThat(WINDOWS_1256.newEncoder().canEncode(text)).as(seed + " in windows-1256").isTrue();
    Path copy = dir.resolve(seed);
    Files.write(copy, text.getBytes(WINDOWS_1256));

    CleanArticle a = read(copy);
    assertThat(a.title()).isEqualTo(latinDigits(original.title()));
    assertThat(a.published()).isEqualTo(original.published());
    assertThat(a.credits()).isEqualTo(original.credits());
    assertThat(a.dateline()).isEqualTo(original.dateline());
    assertThat(a.text()).isEqualTo(latinDigits(original.text()));
    assertThat(a.captions()).isEqualTo(original.captions());
    assertThat(ArticleId.of(a.text())).isEqualTo(ArticleId.of(original.text()));
  }

  private static String latinDigits(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : (char) c));
    return b.toString();
  }

  private static String withoutZ(String iso) {
    return iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
