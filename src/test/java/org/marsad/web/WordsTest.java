package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules of the pages: the language chosen, a passage's marks, which sources become links. */
class WordsTest {

  @Test
  void theLanguageIsTheReadersChoiceThenTheBrowsersFirstArabicOrEnglish() {
    assertThat(Labels.choose("ar", "en-US")).isEqualTo("ar");
    assertThat(Labels.choose(null, "ar-EG,ar;q=0.9,en;q=0.8")).isEqualTo("ar");
    assertThat(Labels.choose(null, "fr-FR,fr;q=0.9,en;q=0.5,ar;q=0.4")).isEqualTo("en");
    assertThat(Labels.choose(null, "de-DE")).isEqualTo("en");
    assertThat(Labels.choose("xx", null)).isEqualTo("en");
    assertThat(Labels.choose(null, ";;;q=x,,")).isEqualTo("en");
    assertThat(Labels.of("ar").dir()).isEqualTo("rtl");
    assertThat(Labels.of("en").get("no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void everyLabelHasBothLanguages() {
    for (String key : List.of("nav.home", "search.export", "layer.quotes", "entity.with", "events.dyad")) {
      assertThat(Labels.of("en").get(key)).isNotEqualTo(key);
      assertThat(Labels.of("ar").get(key)).isNotEqualTo(key).isNotEqualTo(Labels.of("en").get(key));
    }
  }

  @Test
  void aPassageIsCutAtTheStoresMarks() {
    assertThat(Desk.passage("ويشهد [السودان] منذ [أبريل] حربا")).containsExactly(
        new Views.Snip("ويشهد ", false), new Views.Snip("السودان", true), new Views.Snip(" منذ ", false),
        new Views.Snip("أبريل", true), new Views.Snip(" حربا", false));
    assertThat(Desk.passage("قوس [ لم يغلق")).containsExactly(new Views.Snip("قوس [ لم يغلق", false));
    assertThat(Desk.passage("")).isEmpty();
  }

  @Test
  void onlyHttpSourcesBecomeLinks() {
    assertThat(Links.web("https://www.aljazeera.net/news/2024/10/14/x")).isTrue();
    assertThat(Links.web("http://arabic.rt.com/world/1")).isTrue();
    assertThat(Links.web("javascript:alert(1)")).isFalse();
    assertThat(Links.web("JavaScript:alert(1)")).isFalse();
    assertThat(Links.web("data:text/html,<script>")).isFalse();
    assertThat(Links.web("samples/01-cairo-sudan.txt")).isFalse();
    assertThat(Links.web("https://x.example/\"onmouseover=\"alert(1)")).isFalse();
  }

  @Test
  void countriesAreNamedFromTheirCodes() {
    assertThat(Countries.name("RUS")).isEqualTo("Russia");
    assertThat(Countries.name("XYZ")).isEqualTo("XYZ");
    assertThat(WorldMap.alpha3("643")).contains("RUS");
    assertThat(WorldMap.alpha3("-99")).isEmpty();
  }
}
