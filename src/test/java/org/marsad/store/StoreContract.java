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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Json;

/**
 * What every store answers alike: five hand-made records in an archive and what each kind of
 * question finds among them; then stores of their own for replacing, refreshing and events.
 * A subclass says how to make an empty store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

  /** A new, empty store; {@code name} is different for each store a test class asks for. */
  abstract Store store(String name) throws IOException;

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

  StoreReader archive;

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
  void fill() throws IOException {
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
    Store store = store("five");
    try (StoreWriter w = store.openWriter()) {
      for (Article x : List.of(a, b, c, d, e)) {
        w.add(x, x.id());
      }
      w.commit();
    }
    archive = store.openReader();
  }

  @AfterAll
  void close() throws IOException {
    archive.close();
  }

  private List<String> sources(SearchRequest r) throws IOException {
    return archive.all(r).stream().map(Article::source).sorted().toList();
  }

  private List<String> found(String words) throws IOException {
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
    List<Hit> hits = archive.search(SearchRequest.of("الكوريل")).items();
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
    assertThat(sources(SearchRequest.of("").and(Dimension.ENTITY, "Sergey Lavrov"))).isEqualTo(lavrov);
    assertThat(sources(SearchRequest.of("").and(Dimension.ENTITY, "sergey  LAVROV"))).isEqualTo(lavrov);
    assertThat(sources(SearchRequest.of("").and(Dimension.ENTITY, "سيرغى لافروف"))).isEqualTo(lavrov); // alef maqsura
    assertThat(sources(SearchRequest.of("").and(Dimension.ENTITY, "ent:lavrov"))).isEqualTo(lavrov);
    assertThat(sources(SearchRequest.of("").and(Dimension.ENTITY, "Sergey Lavrov").and(Dimension.ENTITY, "China")))
        .containsExactly("https://sputnik.example/b");
  }

  @Test
  void filtersByTypeCountryOutletDateEventAndSpeaker() throws IOException {
    assertThat(sources(SearchRequest.of("").and(Dimension.COUNTRY, "JPN"))).hasSize(3).doesNotContain("https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").and(Dimension.COUNTRY, "Japan"))).hasSize(3);
    assertThat(sources(SearchRequest.of("").and(Dimension.COUNTRY, "jor"))).containsExactly("https://petra.example/c");
    assertThat(sources(SearchRequest.of("").and(Dimension.TYPE, "LOC"))).hasSize(3);
    assertThat(sources(SearchRequest.of("").and(Dimension.OUTLET, "rt"))).containsExactly("https://rt.example/a");
    assertThat(sources(SearchRequest.of("").and(Dimension.OUTLET, "sputnik.example"))).containsExactly("https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").between("2021", "2022"))).containsExactly("https://petra.example/c",
        "https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").between("2019-05-11", null))).hasSize(3);
    assertThat(sources(SearchRequest.of("").and(Dimension.EVENT, "consult"))).containsExactly("https://rt.example/a",
        "https://sputnik.example/b");
    assertThat(sources(SearchRequest.of("").and(Dimension.SPEAKER, "لافروف"))).containsExactly("https://agency.example/d",
        "https://rt.example/a");
    assertThat(sources(SearchRequest.of("لافروف").and(Dimension.OUTLET, "بترا"))).isEmpty();
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
    List<Timeline.Entry> all = archive.timeline("Sergey Lavrov", null);
    assertThat(all).extracting(Timeline.Entry::date)
        .containsExactly("2019-05-10", "2019-05-10", "2019-05-10", "2021-03-02");
    assertThat(all).extracting(Timeline.Entry::kind).contains("CONSULT", "QUOTE");
    List<Timeline.Entry> withJapan = archive.timeline("لافروف", "Japan");
    assertThat(withJapan).extracting(Timeline.Entry::date).containsOnly("2019-05-10");
    assertThat(withJapan).extracting(Timeline.Entry::what).anyMatch(w -> w.contains("Sergey Lavrov \u2192 Japan"));
    // a page of it, newest first, with the whole count
    Page<Timeline.Entry> page = archive.timeline("Sergey Lavrov", null, Order.NEWEST, 1, 2);
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(Timeline.Entry::date).containsExactly("2019-05-10", "2019-05-10");
    assertThat(archive.timeline("Sergey Lavrov", null, Order.NEWEST, 0, 1).items())
        .extracting(Timeline.Entry::date).containsExactly("2021-03-02");
  }

  @Test
  void quotationsBySpeakerAboutASubjectBetweenDates() throws IOException {
    Page<Quotations.Said> japan = archive.quotations(QuoteRequest.by("Sergey Lavrov").about("Japan"));
    assertThat(japan.total()).isEqualTo(2);
    assertThat(japan.items())
        .allSatisfy(q -> assertThat(q.text()).isEqualTo("الحوار مع اليابان يتقدم بثبات رغم الخلافات"))
        .extracting(Quotations.Said::outlet).containsExactlyInAnyOrder("RT", "وكالات");
    assertThat(japan.items()).extracting(Quotations.Said::article).containsExactlyInAnyOrder(a.id(), d.id());
    assertThat(archive.quotations(QuoteRequest.by("Sergey Lavrov").about("China")).items()).isEmpty();
    assertThat(archive.quotations(QuoteRequest.by("Sergey Lavrov").between("2019-05-11", null)).items()).isEmpty();
    // anyone's: the Jordanian minister's too, though no speaker was resolved
    Page<Quotations.Said> everyone = archive.quotations(QuoteRequest.by(null).page(1, 1));
    assertThat(everyone.total()).isEqualTo(3);
    assertThat(everyone.items()).hasSize(1);
    assertThat(everyone.more()).isTrue();
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
    Map<Dimension, List<Count>> f = archive.facets(SearchRequest.of("الكوريل"), 3);
    assertThat(f.get(Dimension.ENTITY)).contains(new Count("Kuril Islands", 3));
    assertThat(f.get(Dimension.OUTLET)).extracting(Count::label).containsExactlyInAnyOrder("RT", "وكالات", "الجزيرة");
    assertThat(f.get(Dimension.MONTH)).containsExactly(new Count("2019-05", 3));
    assertThat(f.get(Dimension.SPEAKER)).containsExactly(new Count("Sergey Lavrov", 2));
    assertThat(f).containsKeys(Dimension.values());
  }

  @Test
  void statsCountOutletsDatesAndEntities() throws IOException {
    Stats s = archive.stats(3);
    assertThat(s.articles()).isEqualTo(5);
    assertThat(s.first()).isEqualTo("2019-05-10");
    assertThat(s.last()).isEqualTo("2022-08-15");
    assertThat(s.outlets()).hasSize(3);
    assertThat(s.entities().get(0)).isEqualTo(new Count("Sergey Lavrov", 4));
    assertThat(s.years()).containsExactly(new Count("2019", 3), new Count("2021", 1), new Count("2022", 1));
  }

  @Test
  void anArticleByItsIdAndItsCopies() throws IOException {
    assertThat(archive.article(b.id())).contains(b);
    assertThat(archive.article("no-such-id")).isEmpty();
    assertThat(archive.copies(a.id())).containsExactly(d);
    assertThat(archive.copies(b.id())).isEmpty();
  }

  @Test
  void pagesInDateOrderWithTheTotal() throws IOException {
    // A and D (one day, one story) are one result: the five articles make four results
    Page<Hit> first = archive.search(SearchRequest.of("").orderBy(Order.OLDEST).page(0, 2));
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.items()).extracting(h -> h.article().published().substring(0, 10))
        .containsExactly("2019-05-10", "2019-05-11");
    assertThat(first.more()).isTrue();
    Page<Hit> second = archive.search(SearchRequest.of("").orderBy(Order.OLDEST).page(2, 2));
    assertThat(second.items()).extracting(h -> h.article().source())
        .containsExactly("https://sputnik.example/b", "https://petra.example/c");
    assertThat(archive.search(SearchRequest.of("").orderBy(Order.NEWEST).limit(1)).items())
        .extracting(h -> h.article().source()).containsExactly("https://petra.example/c");
    // relevance without words to rank by is newest first
    assertThat(archive.search(SearchRequest.of("").limit(1)).items())
        .extracting(h -> h.article().source()).containsExactly("https://petra.example/c");
    assertThat(archive.search(SearchRequest.of("لافروف").orderBy(Order.OLDEST).limit(10)).items())
        .extracting(h -> h.article().published().substring(0, 4)).containsExactly("2019", "2019", "2021");
  }

  @Test
  void articlesComeWholeInOrderEachCopyItsOwn() throws IOException {
    // unlike search, A and D (copies of one story) are two articles
    Page<Article> all = archive.articles(SearchRequest.of("").orderBy(Order.OLDEST).page(0, 10));
    assertThat(all.total()).isEqualTo(5);
    assertThat(all.items()).extracting(Article::source).containsExactlyInAnyOrder(a.source(), d.source(), e.source(),
        b.source(), c.source());
    assertThat(all.items().subList(2, 5)).containsExactly(e, b, c);
    Page<Article> newest = archive.articles(SearchRequest.of("").orderBy(Order.NEWEST).page(1, 2));
    assertThat(newest.items()).containsExactly(b, e);
    assertThat(archive.articles(SearchRequest.of("لافروف").and(Dimension.OUTLET, "سبوتنيك").limit(10)).items())
        .containsExactly(b);
  }

  @Test
  void histogramsPerDayMonthAndYear() throws IOException {
    assertThat(archive.histogram(SearchRequest.of(""), Interval.MONTH)).containsExactly(new Count("2019-05", 3),
        new Count("2021-03", 1), new Count("2022-08", 1));
    assertThat(archive.histogram(SearchRequest.of("الكوريل"), Interval.DAY)).containsExactly(
        new Count("2019-05-10", 2), new Count("2019-05-11", 1));
    assertThat(archive.histogram(SearchRequest.of("").and(Dimension.OUTLET, "بترا"), Interval.YEAR))
        .containsExactly(new Count("2022", 1));
  }

  @Test
  void anEntitysMonthsAndCompany() throws IOException {
    assertThat(archive.mentionsPerMonth("لافروف")).containsExactly(new Count("2019-05", 3), new Count("2021-03", 1));
    // three others are named with Lavrov three times each; ties in the order of their names
    assertThat(archive.cooccurring("ent:lavrov", 3)).containsExactly(new Count("Japan", 3),
        new Count("Kuril Islands", 3), new Count("Moscow", 3));
  }

  @Test
  void eventsOfTheFiveRecords() throws IOException {
    Page<EventHit> consult = archive.events(EventRequest.any().type("consult"));
    assertThat(consult.total()).isEqualTo(2);
    assertThat(consult.items()).extracting(EventHit::date).containsExactly("2021-03-02", "2019-05-10");
    assertThat(archive.events(EventRequest.any().target(new EventRequest.Side(null, "Japan", null))).items())
        .extracting(h -> h.article().id()).containsExactly(a.id());
    assertThat(archive.events(EventRequest.any().between("2020", null).orderBy(Order.OLDEST)).items())
        .extracting(h -> h.article().id()).containsExactly(b.id());
    assertThat(archive.events(EventRequest.any().mode("planned")).total()).isZero();
    assertThat(archive.events(EventRequest.any().subtype("firearms")).total()).isZero();
  }

  static final String F_TEXT = "قال سيرغي لافروف للصحفيين إن \"المحادثات كانت مفيدة\". "
      + "من جهته اتهم وزير الخارجية الصيني الولايات المتحدة بتأجيج التوتر في المنطقة.";
  static final String G_TEXT = "اتهم سيرغي لافروف الولايات المتحدة بعرقلة المفاوضات حول الأمن الأوروبي.";

  @Test
  void anEventsConditionsHoldOfOneEvent() throws IOException {
    Entity lavrovF = lavrov(F_TEXT);
    Entity chinaF = entity(F_TEXT, "ent:china", "China", "الصين", EntityType.GPE, "CHN", null, "الصيني");
    Entity usF = entity(F_TEXT, "ent:usa", "United States", "الولايات المتحدة", EntityType.GPE, "USA", null,
        "الولايات المتحدة");
    // Lavrov speaks; China accuses the United States
    Article f = article("https://news.example/f", "لافروف والصين", "2020-02-03", "RT", F_TEXT,
        List.of(lavrovF, chinaF, usF), List.of(quote(F_TEXT, "المحادثات كانت مفيدة", lavrovF)),
        List.of(event(F_TEXT, "اتهم وزير الخارجية الصيني الولايات المتحدة", "ACCUSE", chinaF, usF)));
    Entity lavrovG = lavrov(G_TEXT);
    Entity usG = entity(G_TEXT, "ent:usa", "United States", "الولايات المتحدة", EntityType.GPE, "USA", null,
        "الولايات المتحدة");
    // Lavrov accuses the United States
    Article g = article("https://news.example/g", "لافروف يتهم", "2020-02-04", "RT", G_TEXT, List.of(lavrovG, usG),
        List.of(), List.of(event(G_TEXT, "اتهم سيرغي لافروف الولايات المتحدة", "ACCUSE", lavrovG, usG)));
    Store store = store("events");
    try (StoreWriter w = store.openWriter()) {
      w.add(f, "f");
      w.add(g, "g");
      w.commit();
    }
    try (StoreReader r = store.openReader()) {
      // article by article, both name Lavrov, the United States and an accusation
      assertThat(r.all(SearchRequest.of("").and(Dimension.ENTITY, "Sergey Lavrov").and(Dimension.EVENT, "ACCUSE")
          .and(Dimension.COUNTRY, "USA"))).hasSize(2);
      EventRequest lavrovAccusesTheUs = EventRequest.any().type("ACCUSE")
          .actor(new EventRequest.Side("Sergey Lavrov", null, null)).target(new EventRequest.Side(null, "USA", null));
      assertThat(r.events(lavrovAccusesTheUs).items()).extracting(h -> h.article().id()).containsExactly(g.id());
      assertThat(r.events(lavrovAccusesTheUs.actor(new EventRequest.Side(null, "RUS", null))).items())
          .extracting(h -> h.article().id()).containsExactly(g.id());
      assertThat(r.events(EventRequest.any().actor(new EventRequest.Side(null, "China", null))).items())
          .extracting(h -> h.article().id()).containsExactly(f.id());
      assertThat(r.events(lavrovAccusesTheUs.target(new EventRequest.Side(null, "CHN", null))).total()).isZero();
      // the events between two countries, whoever acts
      EventRequest usAccusesChina = EventRequest.any().actor(new EventRequest.Side(null, "USA", null))
          .target(new EventRequest.Side(null, "CHN", null));
      assertThat(r.events(usAccusesChina).total()).isZero();
      assertThat(r.events(usAccusesChina.bothWays()).items()).extracting(h -> h.article().id()).containsExactly(f.id());
      // counted event by event, over the whole archive
      assertThat(r.eventCounts(EventRequest.any(), EventFacet.TYPE, 5)).containsExactly(new Count("ACCUSE", 2));
      assertThat(r.eventCounts(lavrovAccusesTheUs, EventFacet.TYPE, 5)).containsExactly(new Count("ACCUSE", 1));
      assertThat(r.eventCounts(EventRequest.any(), EventFacet.TYPE, 0)).isEmpty();
      assertThat(r.eventHistogram(EventRequest.any(), Interval.DAY))
          .containsExactly(new Count("2020-02-03", 1), new Count("2020-02-04", 1));
      assertThat(r.eventHistogram(EventRequest.any().between("2020-02-04", null), Interval.MONTH))
          .containsExactly(new Count("2020-02", 1));
    }
    // a changed article takes its events with it: the new version of g accuses no one
    try (StoreWriter w = store.openWriter()) {
      w.add(article("https://news.example/g", "لافروف يتهم", "2020-02-04", "RT", G_TEXT + " (محدث)"), "g2");
      w.commit();
    }
    try (StoreReader r = store.openReader()) {
      assertThat(r.size()).isEqualTo(2);
      assertThat(r.events(EventRequest.any()).items()).extracting(h -> h.article().id()).containsExactly(f.id());
      assertThat(r.eventCounts(EventRequest.any(), EventFacet.TYPE, 5)).containsExactly(new Count("ACCUSE", 1));
      assertThat(r.quotations(QuoteRequest.by(null)).total()).isEqualTo(1);
    }
  }

  static final String TEXT = "أعلنت الحكومة المغربية خطة لتحلية مياه البحر في المدن الساحلية خلال خمس سنوات.";
  static final String CHANGED = "أعلنت الحكومة المغربية خطة معدلة لتحلية مياه البحر في المدن الساحلية خلال سبع سنوات.";

  @Test
  void theSameArticleTwiceIsOneDocument() throws IOException {
    Article first = article("news/morocco.txt", "خطة للتحلية", "2023-04-01", "وكالات", TEXT);
    Article again = article("copies/morocco.txt", "خطة للتحلية", "2023-04-01", "وكالات", TEXT);
    Store store = store("twice");
    try (StoreWriter w = store.openWriter()) {
      w.add(first, "1");
      w.add(first, "1");
      w.add(again, "2");
      w.commit();
      assertThat(w.size()).isEqualTo(1);
    }
    try (StoreReader r = store.openReader()) {
      assertThat(r.size()).isEqualTo(1);
    }
  }

  @Test
  void aChangedArticleReplacesTheOneFromTheSamePlace() throws IOException {
    Store store = store("changed");
    try (StoreWriter w = store.openWriter()) {
      w.add(article("news/morocco.txt", null, null, null, TEXT), "old");
      w.add(article("news/other.txt", null, null, null, "افتتح مهرجان الموسيقى الأندلسية في فاس."), "other");
      w.commit();
    }
    try (StoreWriter w = store.openWriter()) {
      assertThat(w.holds("old")).isTrue();
      assertThat(w.holds("new")).isFalse();
      w.add(article("./news/../news/morocco.txt", null, null, null, CHANGED), "new"); // the same file, named another way
      w.commit();
    }
    try (StoreReader r = store.openReader()) {
      assertThat(r.size()).isEqualTo(2);
      assertThat(r.all(SearchRequest.of("سبع"))).extracting(Article::text).containsExactly(CHANGED);
      assertThat(r.all(SearchRequest.of("خمس"))).isEmpty();
    }
  }

  @Test
  void aReaderSeesLaterCommitsWhenRefreshed() throws IOException {
    Store store = store("refresh");
    try (StoreWriter w = store.openWriter()) {
      w.add(article("news/1.txt", null, "2023-01-01", null, TEXT), "1");
      w.commit();
    }
    try (StoreReader r = store.openReader(); StoreWriter w = store.openWriter()) {
      assertThat(r.size()).isEqualTo(1);
      w.add(article("news/2.txt", null, "2023-01-02", null, CHANGED), "2");
      w.commit();
      r.refresh();
      assertThat(r.size()).isEqualTo(2);
      assertThat(r.all(SearchRequest.of("سبع"))).hasSize(1);
    }
  }

  @Test
  void anEmptyArchiveAnswersEveryQuestionWithNothing() throws IOException {
    Store store = store("empty");
    try (StoreWriter w = store.openWriter()) {
      w.commit();
    }
    try (StoreReader r = store.openReader()) {
      assertThat(r.size()).isZero();
      assertThat(r.search(SearchRequest.of("كلمة")).items()).isEmpty();
      assertThat(r.facets(SearchRequest.of(""), 5).get(Dimension.ENTITY)).isEmpty();
      assertThat(r.histogram(SearchRequest.of(""), Interval.DAY)).isEmpty();
      Stats s = r.stats(3);
      assertThat(s.articles()).isZero();
      assertThat(s.first()).isEqualTo("?");
    }
  }
}
