package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Json;
import org.junit.jupiter.api.Test;

/** A result row read from a stored record without its layers says what the whole record says. */
class RowTest {

  private static final String TEXT = "قال وزير الخارجية سيرغي لافروف إن موسكو مستعدة للحوار.\n\nوأضاف أن «الباب مفتوح».";

  private static Article layered(String credit) {
    Entity lavrov = Records.entity(TEXT, "person:lavrov", "Sergey Lavrov", "سيرغي لافروف", EntityType.PERSON, null, "RUS",
        "سيرغي لافروف");
    Entity moscow = Records.entity(TEXT, "country:RUS", "Russia", "روسيا", EntityType.GPE, "RUS", "RUS", "موسكو");
    return Records.article("https://news.example/a/1", "لافروف: الباب مفتوح", "2024-10-14T09:30:00Z", credit, TEXT,
        List.of(lavrov, moscow), List.of(Records.quote(TEXT, "الباب مفتوح", lavrov)),
        List.of(Records.event(TEXT, "قال وزير الخارجية سيرغي لافروف إن موسكو مستعدة للحوار.", "CONSULT", moscow, lavrov)));
  }

  @Test
  void aRowSaysWhatTheWholeRecordSays() throws Exception {
    for (String credit : new String[] {"RT عربي", null}) {
      Article a = layered(credit);
      Row row = Row.of(Json.MAPPER.writeValueAsString(a));
      assertThat(row.summary()).isEqualTo(Summary.of(a));
      assertThat(row.text()).isEqualTo(a.text());
    }
    assertThat(Row.of(Json.MAPPER.writeValueAsString(layered(null))).summary().outlet()).isEqualTo("news.example");
  }

  @Test
  void aRecordInAnotherOrderIsReadToTheFieldsItNeeds() throws Exception {
    Article a = layered("وكالات");
    ObjectNode written = Json.MAPPER.valueToTree(a);
    List<String> names = new ArrayList<>();
    written.fieldNames().forEachRemaining(names::add);
    Collections.reverse(names); // the layers first, the text and the id last
    ObjectNode reversed = Json.MAPPER.createObjectNode();
    names.forEach(n -> reversed.set(n, written.get(n)));
    Row row = Row.of(Json.MAPPER.writeValueAsString(reversed));
    assertThat(row.summary()).isEqualTo(Summary.of(a));
    assertThat(row.text()).isEqualTo(TEXT);
  }

  @Test
  void absentAndNullFieldsAreNull() {
    Row row = Row.of(Json.MAPPER.valueToTree(Map.of("id", "x", "text", "نص")).toString());
    assertThat(row.summary()).isEqualTo(new Summary("x", null, null, null, null));
    assertThat(row.text()).isEqualTo("نص");
  }
}
