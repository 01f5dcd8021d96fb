package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.marsad.doc.Json;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;
import org.marsad.text.DataFiles;

/**
 * A generated corpus for benchmarks and crash tests: articles recombined from the project's
 * own invented sentences ({@code store/bench-sentences.tsv}), dated 2015-2024, credited to a
 * handful of outlets; about one in ten is a lightly edited copy of a recent one in another
 * outlet, as agencies' stories are. Article {@code n} is always the same article.
 */
public final class SampleCorpus {

  private static final List<String> OUTLETS = List.of("RT", "سبوتنيك", "الجزيرة", "وكالات", "سبأ", "بترا", "وات",
      "الأناضول");
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 3650;
  private static final String COUNT = "وبلغ عدد المشاركين في الاجتماع ";

  private final List<String> sentences = DataFiles.lines("store/bench-sentences.tsv");
  private final long seed;

  public SampleCorpus(long seed) {
    this.seed = seed;
  }

  /** The words of the corpus, for drawing queries. */
  public List<String> vocabulary() {
    List<String> words = new ArrayList<>();
    for (String s : sentences) {
      for (String w : s.split("[\\s\\p{Punct}«»،]+")) {
        if (w.length() > 3) {
          words.add(w);
        }
      }
    }
    return words;
  }

  public RawArticle article(int n) {
    Random r = new Random(seed * 1_000_003L + n);
    String url = "https://news.example/" + n;
    if (n > 10 && r.nextInt(10) == 0) {
      RawArticle original = article(n - 1 - r.nextInt(Math.min(n - 1, 50)));
      List<String> paragraphs = new ArrayList<>(Arrays.asList(original.text().split("\n\n")));
      // an editor's cut of one paragraph, and the count reported differently: the copy is its own text
      List<String> cuttable = paragraphs.stream().filter(p -> !p.startsWith(COUNT)).toList();
      paragraphs.remove(cuttable.get(r.nextInt(cuttable.size())));
      paragraphs.replaceAll(p -> p.startsWith(COUNT) ? count(n) : p);
      String outlet = other(original.given().outlet(), r);
      Given g = original.given();
      return new RawArticle(url, String.join("\n\n", paragraphs), new Given(g.title(), g.published(), url, outlet));
    }
    int k = 4 + r.nextInt(5);
    List<String> picked = new ArrayList<>();
    while (picked.size() < k) {
      String s = sentences.get(r.nextInt(sentences.size()));
      if (!picked.contains(s)) {
        picked.add(s);
      }
    }
    picked.add(1 + r.nextInt(picked.size()), count(n));
    String[] words = picked.get(0).split(" ");
    String title = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 6 + r.nextInt(4))));
    String published = FIRST_DAY.plusDays(r.nextInt(DAYS)).toString();
    return new RawArticle(url, String.join("\n\n", picked),
        new Given(title, published, url, OUTLETS.get(r.nextInt(OUTLETS.size()))));
  }

  /** Writes articles {@code 0..count-1} as JSONL, the input form {@code marsad ingest} reads. */
  public void writeJsonl(Path file, int count) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 0; n < count; n++) {
        RawArticle a = article(n);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("url", a.given().url());
        o.put("title", a.given().title());
        o.put("published", a.given().published());
        o.put("outlet", a.given().outlet());
        o.put("text", a.text());
        w.write(Json.MAPPER.writeValueAsString(o));
        w.newLine();
      }
    }
  }

  /** A sentence with a number of the article's own, so that no two generated articles are the same text. */
  private static String count(int n) {
    return COUNT + (n + 3) + " شخصا.";
  }

  private static String other(String outlet, Random r) {
    String o;
    do {
      o = OUTLETS.get(r.nextInt(OUTLETS.size()));
    } while (o.equals(outlet));
    return o;
  }
}
