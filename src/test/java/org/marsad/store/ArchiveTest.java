package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.Records.article;
import static org.marsad.store.Records.entity;
import static org.marsad.store.Records.event;
import static org.marsad.store.Records.quote;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.Json;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;

/** Five hand-made records in an archive, and what each kind of question finds among them. */
class ArchiveTest {

  static final String A_TEXT = "استقبل وزير الخارجية الروسي سيرغي لافروف نظيره الياباني في موسكو أمس لبحث معاهدة السلام بين البلدين. "
      + "وناقش الوزيران مستقبل جزر الكوريل والتعاون الاقتصادي في المنطقة. "
      + "وقال لافروف للصحفيين إن \"الحوار مع اليابان يتقدم بثبات رغم الخلافات\". "
      + "وأضاف أن الجانبين اتفقا على لقاء جديد قبل نهاية العام. ومن المنتظر أن تتناول المحادثات المقبلة مشاريع الصيد المشترك.";
  /** The same story from an agency: one word changed. */
  static final String D_TEXT = A_TEXT.replace("أمس", "يوم الجمعة");
  static final String E_TEXT = "وصل وزير الخارجية الياباني إلى موسكو في زيارة يلتقي خلالها لافروف لبحث ملف جزر الكوريل ومعاهدة السلام. "
      + "وتأمل طوكيو أن تسفر المحادثات عن اتفاق على مشاريع مشتركة في الجزر.";
  static final String B_TEXT = "اجتمع وزير الخارجية الصيني ولافروف في بكين لبحث التجارة بين البلدين. وأكد الجانبان رفضهما للعقوبات الأحادية.";
  static final String C_TEXT = "افتتح معرض الكتاب في عمان بمشاركة مئات الناشرين العرب. "
      + "وقال وزير الثقافة الأردني إن \"المعرض يجمع القراء من كل المدن\".";

  @TempDir
  static Path dir;
  static ArchiveSearcher archive;

  static Article a;
  static Article b;
  static Article c;
  static Article d;
  static Article e;

  static Entity lavrov(String text) {
    return entity(text, "ent:lavrov", "Sergey Lavrov", "سيرغي لافروف", EntityType.PERSON, null, "RUS", "سيرغي لافروف", "لافروف");
  }

  static Entity japan(String text) {
    return entity(text, "ent:japan", "Japan", "اليابان", EntityType.GPE, "JPN", null, "الياباني", "اليابان", "طوكيو");
  }

  static Article moscowTalks(String source, String published, String credit, String text) {
    Entity lavrov = lavrov(text);
    Entity japan = japan(text);
    List<Entity> entities = List.of(lavrov, japan,
        entity(text, "ent:russia", "Russia", "روسيا", EntityType.GPE, "RUS", null, "الروسي"),
        entity(text, "ent:moscow", "Moscow", "موسكو", EntityType.GPE, null, "RUS", "موسكو"),
        entity(text, "ent:kurils", "Kuril Islands", "جزر الكوريل", EntityType.LOC, null, null, "جزر الكوريل"));
    return article(source, "لافروف يستقبل نظيره الياباني", published, credit, text, entities,
        List.of(quote(text, "الحوار مع اليابان يتقدم بثبات رغم الخلافات", lavrov)),
        List.of(event(text, "استقبل وزير الخارجية الروسي سيرغي لافروف نظيره الياباني في موسكو أمس", "CONSULT", lavrov, japan)));
  }

  @BeforeAll
  static void fill() throws IOException {
    a = moscowTalks("https://rt.example/a", "2019-05-10T09:30Z", "RT", A_TEXT);
    d = article("https://agency.example/d", a.title(), "2019-05-10", "وكالات", D_TEXT, a.entities().stream()
        .map(x -> entity(D_TEXT, x.id(), x.name(), x.nameAr(), x.type(), x.code(), x.country(),
            x.mentions().stream().map(m -> m.text()).distinct().toArray(String[]::new))).toList(),
        List.of(quote(D_TEXT, "الحوار مع اليابان يتقدم بثبات رغم الخلافات", lavrov(D_TEXT))), List.of());
    e = article("https://aljazeera.example/e", "وزير الخارجية الياباني في موسكو", "2019-05-11", "الجزيرة", E_TEXT,
        List.of(lavrov(E_TEXT), japan(E_TEXT),
            entity(E_TEXT, "ent:moscow", "Moscow", "موسكو", EntityType.GPE, null, "RUS", "موسكو"),
            entity(E_TEXT, "ent:kurils", "Kuril Islands", "جزر الكوريل", EntityType.LOC, null, null, "جزر الكوريل")),
        List.of(), List.of());
    Entity lavrovB = lavrov(B_TEXT);
    Entity china = entity(B_TEXT, "ent:china", "China", "الصين", EntityType.GPE, "CHN", null, "الصيني");
    b = article("https://sputnik.example/b", "لافروف في بكين", "2021-03-02", "سبوتنيك", B_TEXT,
        List.of(lavrovB, china, entity(B_TEXT, "ent:beijing", "Beijing", "بكين", EntityType.GPE, null, "CHN", "بكين")),
        List.of(), List.of(event(B_TEXT, "اجتمع وزير الخارجية الصيني ولافروف في بكين", "CONSULT", lavrovB, china)));
    c = article("https://petra.example/c", "افتتاح معرض الكتاب", "2022-08-15", "بترا", C_TEXT,
        List.of(entity(C_TEXT, "ent:jordan", "Jordan", "الأردن", EntityType.GPE, "JOR", null, "الأردني"),
            entity(C_TEXT, "ent:amman", "Amman", "عمان", EntityType.GPE, null, "JOR", "عمان")),
        List.of(quote(C_TEXT, "المعرض يجمع القراء من كل المدن", null)), List.of());
    try (Archive w = Archive.open(dir)) {
      for (Article x : List.of(a, b, c, d, e)) {
        w.add(x, x.id());
      }
      w.commit();
    }
    archive = ArchiveSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  private static List<String> sources(SearchRequest r) throws IOException {
    return archive.all(r).stream().map(Article::source).sorted().toList();
  }

  private static List<String> found(String words) throws IOException {
    return sources(SearchRequest.of(words));
  }

  @Test
  void articleAndStemVariantsFindEachOther() throws IOException {
    List<String> kurils = List.of("https://agency.example/d", "https://aljazeera.example/e", "https://rt.example/a");
    assertThat(found("الكوريل")).isEqualTo(kurils);
    assertThat(found("كوريل")).isEqualTo(kurils);
    assertThat(found("\"جزر الكوريل\"")).isEqualTo(kurils);
  }

  @Test
  void theConjunctionWawDoesNotHideAName() throws IOException {
    // B writes "ولافروف" only
    assertThat(found("لافروف")).contains("https://sputnik.example/b").hasSize(4);
    assertThat(found("بكين")).containsExactly("https://sputnik.example/b");
  }

  @Test
  void resultsMarkTheWordsAndGroupCopies() throws IOException {
    List<Hit> hits = archive.search(SearchRequest.of("الكوريل"));
    // A and D are one story told twice: one result, with the other outlet under "also in"
    assertThat(hits).hasSize(2);
    Hit first = hits.stream().filter(h -> h.article().source().contains("example/a")
        || h.article().source().contains("example/d")).findFirst().orElseThrow();
    assertThat(first.alsoIn()).containsExactly(first.article().source().contains("/a") ? "وكالات" : "RT");
    assertThat(first.snippet()).contains("[الكوريل]");
  }

  @Test
  void filtersByEntityInAnyOfItsNames() throws IOException {
    List<String> lavrov = List.of("https://agency.example/d", "https://aljazeera.example/e", "https://rt.example/a",
        "https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").and(Schema.ENTITY, "Sergey Lavrov"))).isEqualTo(lavrov);
    assertThat(sources(SearchRequest.of("").and(Schema.ENTITY, "sergey  LAVROV"))).isEqualTo(lavrov);
    assertThat(sources(SearchRequest.of("").and(Schema.ENTITY, "سيرغى لافروف"))).isEqualTo(lavrov); // alef maqsura
    assertThat(sources(SearchRequest.of("").and(Schema.ENTITY, "ent:lavrov"))).isEqualTo(lavrov);
    assertThat(sources(SearchRequest.of("").and(Schema.ENTITY, "Sergey Lavrov").and(Schema.ENTITY, "China")))
        .containsExactly("https://sputnik.example/b");
  }

  @Test
  void filtersByTypeCountryOutletDateEventAndSpeaker() throws IOException {
    assertThat(sources(SearchRequest.of("").and(Schema.COUNTRY, "JPN"))).hasSize(3).doesNotContain("https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").and(Schema.COUNTRY, "Japan"))).hasSize(3);
    assertThat(sources(SearchRequest.of("").and(Schema.COUNTRY, "jor"))).containsExactly("https://petra.example/c");
    assertThat(sources(SearchRequest.of("").and(Schema.TYPE, "LOC"))).hasSize(3);
    assertThat(sources(SearchRequest.of("").and(Schema.OUTLET, "rt"))).containsExactly("https://rt.example/a");
    assertThat(sources(SearchRequest.of("").and(Schema.OUTLET, "sputnik.example"))).containsExactly("https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").between("2021", "2022"))).containsExactly("https://petra.example/c",
        "https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").between("2019-05-11", null))).hasSize(3);
    assertThat(sources(SearchRequest.of("").and(Schema.EVENT, "consult"))).containsExactly("https://rt.example/a",
        "https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").and(Schema.SPEAKER, "لافروف"))).containsExactly("https://agency.example/d",
        "https://rt.example/a");
    assertThat(sources(SearchRequest.of("لافروف").and(Schema.OUTLET, "بترا"))).isEmpty();
  }

  @Test
  void storiesJoinArticlesOnOneHappening() throws IOException {
    List<Story> stories = archive.stories(SearchRequest.of("لافروف"));
    // the Moscow visit told three times in two days, and the Beijing meeting two years later
    assertThat(stories).hasSize(2);
    Story visit = stories.stream().filter(s -> s.articles().size() == 3).findFirst().orElseThrow();
    assertThat(visit.first()).isEqualTo("2019-05-10");
    assertThat(visit.last()).isEqualTo("2019-05-11");
    assertThat(visit.topEntities(2)).contains("Sergey Lavrov");
  }

  @Test
  void timelineIsOldestFirstAndNarrowsWithASecondEntity() throws IOException {
    List<Article> lavrov = archive.all(SearchRequest.of("").and(Schema.ENTITY, "Sergey Lavrov"));
    List<Timeline.Entry> all = Timeline.of(lavrov, "Sergey Lavrov", null);
    assertThat(all).extracting(Timeline.Entry::date)
        .containsExactly("2019-05-10", "2019-05-10", "2019-05-10", "2021-03-02");
    assertThat(all).extracting(Timeline.Entry::kind).contains("CONSULT", "QUOTE");
    List<Timeline.Entry> withJapan = Timeline.of(lavrov, "لافروف", "Japan");
    assertThat(withJapan).extracting(Timeline.Entry::date).containsOnly("2019-05-10");
    assertThat(withJapan).extracting(Timeline.Entry::what).anyMatch(w -> w.contains("Sergey Lavrov \u2192 Japan"));
  }

  @Test
  void quotationsBySpeakerAboutASubject() throws IOException {
    List<Article> said = archive.all(SearchRequest.of("").and(Schema.SPEAKER, "Sergey Lavrov"));
    assertThat(Quotations.of(said, "Sergey Lavrov", "Japan")).hasSize(2)
        .allSatisfy(q -> assertThat(q.text()).isEqualTo("الحوار مع اليابان يتقدم بثبات رغم الخلافات"))
        .extracting(Quotations.Said::outlet).containsExactlyInAnyOrder("RT", "وكالات");
    assertThat(Quotations.of(said, "Sergey Lavrov", "China")).isEmpty();
  }

  @Test
  void exportsReadBack() throws IOException {
    List<Article> all = archive.all(SearchRequest.of(""));
    assertThat(all).hasSize(5);

    String jsonl = export("jsonl", all);
    List<Article> back = new ArrayList<>();
    try (MappingIterator<Article> it = Json.MAPPER.readerFor(Article.class).readValues(jsonl)) {
      it.forEachRemaining(back::add);
    }
    assertThat(back).containsExactlyElementsOf(all);
    assertThat(back).contains(a, b, c, d, e);

    String csv = export("csv", all);
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(Export.CSV_COLUMNS);
    Map<String, String> rt = rows.stream().filter(r -> r.get("id").equals(a.id())).findFirst().orElseThrow();
    assertThat(rt.get("text")).isEqualTo(A_TEXT);
    assertThat(rt.get("entities")).isEqualTo("Sergey Lavrov; Japan; Russia; Moscow; Kuril Islands");
    assertThat(rt.get("countries")).isEqualTo("JPN; RUS");

    String plover = export("plover", all);
    List<JsonNode> events = new ArrayList<>();
    try (MappingIterator<JsonNode> it = Json.MAPPER.readerFor(JsonNode.class).readValues(plover)) {
      it.forEachRemaining(events::add);
    }
    assertThat(events).hasSize(2);
    JsonNode moscow = events.stream().filter(n -> n.get("article").asText().equals(a.id())).findFirst().orElseThrow();
    assertThat(moscow.get("event_type").asText()).isEqualTo("CONSULT");
    assertThat(moscow.get("actor").asText()).isEqualTo("Sergey Lavrov");
    assertThat(moscow.get("recipient_country").asText()).isEqualTo("JPN");
    assertThat(moscow.get("date").asText()).isEqualTo("2019-05-10T09:30Z");
    assertThat(moscow.get("text").asText()).startsWith("استقبل وزير الخارجية الروسي");
  }

  private static String export(String format, List<Article> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Export x = Export.open(format, out)) {
      for (Article r : records) {
        x.write(r);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void facetsCountWhatTheMatchesHold() throws IOException {
    Map<String, List<Stats.Count>> f = archive.facets(SearchRequest.of("الكوريل"), 3);
    assertThat(f.get(Schema.ENTITY)).contains(new Stats.Count("Kuril Islands", 3));
    assertThat(f.get(Schema.OUTLET)).extracting(Stats.Count::label).containsExactlyInAnyOrder("RT", "وكالات", "الجزيرة");
    assertThat(f.get(Schema.MONTH)).containsExactly(new Stats.Count("2019-05", 3));
    assertThat(f.get(Schema.SPEAKER)).containsExactly(new Stats.Count("Sergey Lavrov", 2));
  }

  @Test
  void statsCountOutletsDatesAndEntities() throws IOException {
    Stats s = archive.stats(3);
    assertThat(s.articles()).isEqualTo(5);
    assertThat(s.first()).isEqualTo("2019-05-10");
    assertThat(s.last()).isEqualTo("2022-08-15");
    assertThat(s.outlets()).hasSize(3);
    assertThat(s.entities().get(0)).isEqualTo(new Stats.Count("Sergey Lavrov", 4));
    assertThat(s.years()).containsExactly(new Stats.Count("2019", 3), new Stats.Count("2021", 1), new Stats.Count("2022", 1));
  }
}
