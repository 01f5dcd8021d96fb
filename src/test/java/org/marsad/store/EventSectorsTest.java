package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.Records.article;
import static org.marsad.store.Records.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Article;
import org.marsad.doc.Casualties;
import org.marsad.doc.EntityType;
import org.marsad.doc.Event;
import org.marsad.doc.Party;

/**
 * The archive filters and counts events by their actor's CAMEO sector and their PLOVER subtype
 * (issue 12): "ASSAULT in IRQ by UAF in 2018" is one search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventSectorsTest {

  static final String ATTACK = "قتل سبعة أشخاص في هجوم شنه مسلحون مجهولون على سوق في بغداد.";
  static final String ARREST = "واعتقلت الشرطة العراقية ثلاثة مسلحين في البصرة.";
  static final String PROTEST = "وتظاهر آلاف العمال في تونس احتجاجا على غلاء الأسعار.";

  @TempDir
  static Path dir;

  private StoreReader archive;

  private static Event event(String text, String type, String subtype, Party actor, Party target) {
    return new Event(type, subtype, actor, target, null, null, "asserted",
        type.equals("ASSAULT") ? new Casualties(7, null) : null, 0, text.length(), null);
  }

  @BeforeAll
  void fill() throws IOException {
    Article attack = article("https://news.example/attack", "هجوم في بغداد", "2018-06-02", "وكالات", ATTACK,
        List.of(entity(ATTACK, "ent:baghdad", "Baghdad", "بغداد", EntityType.GPE, null, "IRQ", "بغداد")), List.of(),
        List.of(event(ATTACK, "ASSAULT", "firearms", new Party(null, "UAF", null, "مسلحون مجهولون"),
            new Party("IRQ", "CVL", null, "سبعة أشخاص"))));
    Article arrest = article("https://news.example/arrest", "اعتقالات في البصرة", "2018-07-09", "وكالات", ARREST,
        List.of(entity(ARREST, "ent:iraq", "Iraq", "العراق", EntityType.GPE, "IRQ", null, "العراقية")), List.of(),
        List.of(event(ARREST, "COERCE", "arrest", new Party("IRQ", "COP", "ent:iraq", "الشرطة العراقية"),
            new Party(null, "UAF", null, "ثلاثة مسلحين"))));
    Article protest = article("https://news.example/protest", "مظاهرة في تونس", "2019-01-20", "وكالات", PROTEST,
        List.of(entity(PROTEST, "ent:tunis", "Tunis", "تونس", EntityType.GPE, null, "TUN", "تونس")), List.of(),
        List.of(event(PROTEST, "PROTEST", "demonstrate", new Party("TUN", "LAB", null, "آلاف العمال"), null)));
    Store store = Store.at(dir.resolve("archive").toString());
    try (StoreWriter w = store.openWriter()) {
      for (Article a : List.of(attack, arrest, protest)) {
        w.add(a, a.id());
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

  @Test
  void assaultInIraqByUnknownGunmenIn2018IsOneSearch() throws IOException {
    SearchRequest r = SearchRequest.of("").and(Dimension.EVENT, "ASSAULT").and(Dimension.COUNTRY, "IRQ")
        .and(Dimension.SECTOR, "UAF").between("2018", "2018");
    assertThat(sources(r)).containsExactly("https://news.example/attack");
  }

  @Test
  void bySectorOfTheActorOnly() throws IOException {
    assertThat(sources(SearchRequest.of("").and(Dimension.SECTOR, "cop"))).containsExactly("https://news.example/arrest");
    // the arrested gunmen are a target, not an actor
    assertThat(sources(SearchRequest.of("").and(Dimension.SECTOR, "UAF"))).containsExactly("https://news.example/attack");
  }

  @Test
  void bySubtype() throws IOException {
    assertThat(sources(SearchRequest.of("").and(Dimension.SUBTYPE, "demonstrate")))
        .containsExactly("https://news.example/protest");
    assertThat(archive.events(EventRequest.any().subtype("firearms")).total()).isEqualTo(1);
    assertThat(archive.events(EventRequest.any().actor(new EventRequest.Side(null, null, "COP"))).total()).isEqualTo(1);
  }

  @Test
  void sectorsAndSubtypesAreCounted() throws IOException {
    var facets = archive.facets(SearchRequest.of(""), 10);
    assertThat(facets.get(Dimension.SECTOR)).extracting(Count::label).containsExactlyInAnyOrder("UAF", "COP", "LAB");
    assertThat(facets.get(Dimension.SUBTYPE)).extracting(Count::label)
        .containsExactlyInAnyOrder("firearms", "arrest", "demonstrate");
  }

  @Test
  void eventsAreCountedByTheirActorsSectorAndTheirSubtype() throws IOException {
    assertThat(archive.eventCounts(EventRequest.any(), EventFacet.SECTOR, 10))
        .containsExactly(new Count("COP", 1), new Count("LAB", 1), new Count("UAF", 1));
    assertThat(archive.eventCounts(EventRequest.any().between("2018", "2018"), EventFacet.SUBTYPE, 10))
        .containsExactly(new Count("arrest", 1), new Count("firearms", 1));
    // the target's sector is a condition, not what is counted
    assertThat(archive.eventCounts(EventRequest.any().target(new EventRequest.Side(null, null, "cvl")), EventFacet.SECTOR,
        10)).containsExactly(new Count("UAF", 1));
  }
}
