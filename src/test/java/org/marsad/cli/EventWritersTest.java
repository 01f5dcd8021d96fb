package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Article;
import org.marsad.doc.Casualties;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Event;
import org.marsad.doc.Json;
import org.marsad.doc.Mention;
import org.marsad.doc.Party;

class EventWritersTest {

  private static final String TEXT = "القاهرة – اتفقت مصر والأردن، بعد لقاء في عمّان، على خطة مشتركة.";

  private static Article article() {
    Entity egypt = new Entity("Q79", "Egypt", "مصر", EntityType.GPE, "EGY", null, null,
        List.of(new Mention(TEXT.indexOf("مصر"), TEXT.indexOf("مصر") + 3, "مصر")));
    Entity jordan = new Entity("Q810", "Jordan", "الأردن", EntityType.GPE, "JOR", null, null,
        List.of(new Mention(TEXT.indexOf("الأردن") + 0, TEXT.indexOf("الأردن") + 6, "الأردن")));
    Entity amman = new Entity("Q3805", "Amman", "عمّان", EntityType.GPE, null, "JOR", null,
        List.of(new Mention(TEXT.indexOf("عمّان"), TEXT.indexOf("عمّان") + 5, "عمّان")));
    Event e = new Event("AGREE", new Party("EGY", "Q79"), new Party("JOR", "Q810"), "2024-03-10", "Q3805",
        "asserted", 10, TEXT.length(), "اتفقت");
    return new Article("a1", "test.txt", null, "2024-03-10", List.of("الأناضول", "وكالات"), "القاهرة", "ar", TEXT,
        List.of(), List.of(egypt, jordan, amman), List.of(), List.of(), List.of(e), List.of());
  }

  private static String run(RecordWriter w, Article a) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    w.begin(out);
    w.write(a, out);
    w.end(out);
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ploverWritesOneObjectPerEventWithNamesPlaceOutletAndSentence() throws Exception {
    String out = run(RecordWriters.forName("plover"), article());
    assertThat(out.lines()).hasSize(1);
    JsonNode o = Json.MAPPER.readTree(out);
    assertThat(o.get("story_id").asText()).isEqualTo("a1");
    assertThat(o.get("event_type").asText()).isEqualTo("AGREE");
    assertThat(o.get("mode").asText()).isEqualTo("asserted");
    assertThat(o.get("date").asText()).isEqualTo("2024-03-10");
    assertThat(o.at("/actor/code").asText()).isEqualTo("EGY");
    assertThat(o.at("/actor/name").asText()).isEqualTo("Egypt");
    assertThat(o.at("/recipient/name").asText()).isEqualTo("Jordan");
    assertThat(o.at("/location/name").asText()).isEqualTo("Amman");
    assertThat(o.get("publisher").asText()).isEqualTo("الأناضول + وكالات");
    assertThat(o.get("text").asText()).isEqualTo("اتفقت مصر والأردن، بعد لقاء في عمّان، على خطة مشتركة.");
  }

  @Test
  void eventsCsvHasAHeaderAndQuotesTheSentenceWithItsCommas() throws Exception {
    List<String> lines = run(RecordWriters.forName("events-csv"), article()).lines().toList();
    assertThat(lines).containsExactly(
        "date,actor,actor_sector,type,subtype,target,target_sector,mode,killed,injured,place,outlet,article_id,evidence",
        "2024-03-10,EGY,,AGREE,,JOR,,asserted,,,Amman,\"الأناضول + وكالات\",a1,\"اتفقت مصر والأردن، بعد لقاء في عمّان، على خطة مشتركة.\"");
  }

  @Test
  void eventsCsvWithoutEventsIsTheHeaderAlone() throws Exception {
    Article a = article();
    Article none = new Article(a.id(), a.source(), a.title(), a.published(), a.credits(), a.dateline(), a.language(),
        a.text(), a.captions(), a.entities(), a.timexes(), a.quotes(), List.of(), a.warnings());
    assertThat(run(RecordWriters.forName("events-csv"), none).lines())
        .containsExactly(
            "date,actor,actor_sector,type,subtype,target,target_sector,mode,killed,injured,place,outlet,article_id,evidence");
  }

  private static final String ATTACK = "بغداد – قتل سبعة أشخاص في هجوم شنه مسلحون مجهولون على سوق في بغداد.";

  /** An attack by unknown gunmen on civilians of Iraq, with its dead. */
  private static Article attack() {
    Entity baghdad = new Entity("Q1530", "Baghdad", "بغداد", EntityType.GPE, null, "IRQ", null,
        List.of(new Mention(ATTACK.lastIndexOf("بغداد"), ATTACK.lastIndexOf("بغداد") + 5, "بغداد")));
    Event e = new Event("ASSAULT", "firearms", new Party(null, "UAF", null, "مسلحون مجهولون"),
        new Party("IRQ", "CVL", null, "سبعة أشخاص"), "2024-03-10", "Q1530", "asserted", new Casualties(7, null), 8,
        ATTACK.length(), "قتل");
    return new Article("a2", "test.txt", null, "2024-03-10", List.of(), "بغداد", "ar", ATTACK, List.of(),
        List.of(baghdad), List.of(), List.of(), List.of(e), List.of());
  }

  @Test
  void ploverCarriesSectorsSubtypeAndTheDead() throws Exception {
    JsonNode o = Json.MAPPER.readTree(run(RecordWriters.forName("plover"), attack()));
    assertThat(o.get("event_type").asText()).isEqualTo("ASSAULT");
    assertThat(o.get("subtype").asText()).isEqualTo("firearms");
    assertThat(o.at("/actor/code").isNull()).isTrue();
    assertThat(o.at("/actor/sector").asText()).isEqualTo("UAF");
    assertThat(o.at("/actor/name").asText()).isEqualTo("مسلحون مجهولون");
    assertThat(o.at("/recipient/code").asText()).isEqualTo("IRQ");
    assertThat(o.at("/recipient/sector").asText()).isEqualTo("CVL");
    assertThat(o.get("dead").asInt()).isEqualTo(7);
    assertThat(o.get("injured").isNull()).isTrue();
  }

  @Test
  void eventsCsvCarriesSectorsSubtypeAndTheDead() throws Exception {
    assertThat(run(RecordWriters.forName("events-csv"), attack()).lines().toList().get(1))
        .startsWith("2024-03-10,,UAF,ASSAULT,firearms,IRQ,CVL,asserted,7,,Baghdad,,a2,");
  }

  @Test
  void anEventRecordWritesNoSubtypeNoTargetNoCasualtiesItDoesNotHave() throws Exception {
    Event protest = new Event("PROTEST", null, new Party("TUN", "CVL", null, "المتظاهرون"), null, null, null,
        "asserted", null, 0, 5, "تظاهر");
    JsonNode o = Json.MAPPER.valueToTree(protest);
    assertThat(o.has("subtype")).isFalse();
    assertThat(o.has("target")).isFalse();
    assertThat(o.has("casualties")).isFalse();
    assertThat(o.at("/actor/sector").asText()).isEqualTo("CVL");
    assertThat(o.at("/actor/entity").isNull()).isTrue();
    assertThat(Json.MAPPER.treeToValue(o, Event.class)).isEqualTo(protest);
  }
}
