package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.store.Dimension;
import org.marsad.watch.SearchAlerts;

class WatchCommandTest {

  @Test
  void anAlertIsReadWithTheWordsAndFiltersOfSearch() {
    List<SearchAlerts.Alert> a = WatchCommand.alerts(
        List.of("lavrov=\"معاهدة السلام\" --entity \"Sergey Lavrov\" --from 2015"), "out.jsonl");
    assertThat(a).hasSize(1);
    assertThat(a.get(0).name()).isEqualTo("lavrov");
    assertThat(a.get(0).request().words()).isEqualTo("معاهدة السلام");
    assertThat(a.get(0).request().filters().get(Dimension.ENTITY)).containsExactly("Sergey Lavrov");
    assertThat(a.get(0).request().from()).isEqualTo("2015");
    assertThat(a.get(0).target()).isEqualTo("out.jsonl");
  }

  @Test
  void aMalformedAlertOrDurationIsSaidInOneLine() {
    assertThatThrownBy(() -> WatchCommand.alerts(List.of("no query"), "x")).hasMessageContaining("NAME=QUERY");
    assertThatThrownBy(() -> WatchCommand.alerts(List.of("x=a --frm 2015"), "x")).hasMessageContaining("alert x");
    assertThat(WatchCommand.duration("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(WatchCommand.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> WatchCommand.duration("soon")).hasMessageContaining("not a duration");
  }
}
