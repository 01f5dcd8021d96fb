package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Article;
import org.marsad.doc.Layer;
import org.marsad.doc.Timex;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;

class PipelineTest {

  private final Pipeline pipeline = Pipeline.standard();

  private Article analyze(String page) {
    return pipeline.analyze(new RawArticle("test.txt", page, Given.NONE));
  }

  @Test
  void theDateLineGivesPublishedAndItsTimeExpressionStaysInTheText() {
    Article a = analyze("""
        المزارعون يبدؤون موسم قطف الزيتون مبكرا
        الخميس ١٩ أكتوبر ٢٠٢٣ - ٠٨:١٥ بتوقيت غرينتش

        بدأ المزارعون في الشمال قطف الزيتون اليوم الخميس قبل موعده المعتاد بأسبوعين.
        """);
    assertThat(a.published()).isEqualTo("2023-10-19T08:15Z");
    assertThat(a.text()).startsWith("الخميس ١٩ أكتوبر ٢٠٢٣");
    assertThat(a.timexes()).extracting(t -> t.text() + "=" + t.value())
        .containsExactly("الخميس ١٩ أكتوبر ٢٠٢٣ - ٠٨:١٥ بتوقيت غرينتش=2023-10-19T08:15", "اليوم الخميس=2023-10-19",
            "أسبوعين=P2W");
  }

  @Test
  void withoutADateLineACaptionDateAndTodaysWeekdayThatAgreeGivePublishedWithAWarning() {
    Article a = analyze("""
        المزارعون يبدؤون موسم قطف الزيتون مبكرا

        Farmers pick olives near the northern border on October 19, 2023

        بدأ المزارعون في الشمال قطف الزيتون اليوم الخميس قبل موعده المعتاد بأسبوعين.
        """);
    assertThat(a.published()).isEqualTo("2023-10-19");
    assertThat(a.warnings()).anyMatch(w -> w.contains("inferred from the body"));
    assertThat(a.timexes()).anyMatch(t -> t.text().equals("اليوم الخميس") && "2023-10-19".equals(t.value()));
  }

  @Test
  void aWeekdayThatFitsNoWrittenDateLeavesPublishedEmpty() {
    Article a = analyze("""
        المزارعون يبدؤون موسم قطف الزيتون مبكرا

        Farmers pick olives near the northern border on October 19, 2023

        بدأ المزارعون في الشمال قطف الزيتون اليوم السبت قبل موعده المعتاد بأسبوعين.
        """);
    assertThat(a.published()).isNull();
    assertThat(a.timexes()).filteredOn(t -> t.text().equals("اليوم السبت")).singleElement()
        .satisfies(t -> assertThat(t.value()).isNull());
  }

  @Test
  void aLayerThatFailsIsLeftEmptyWithAWarningAndTheOthersAreKept() {
    List<String> warnings = new ArrayList<>();
    Layer<Timex> failed = Pipeline.layer("a.html", "timexes", warnings, () -> {
      throw new IndexOutOfBoundsException("start > end");
    });
    Layer<Timex> read = Pipeline.layer("a.html", "timexes", warnings, () -> Layer.of(List.of()));

    assertThat(failed.items()).isEmpty();
    assertThat(read.items()).isEmpty();
    assertThat(warnings).singleElement().asString()
        .startsWith("timexes not read").contains("IndexOutOfBoundsException: start > end");
  }
}
