package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Event;
import org.marsad.doc.Mention;
import org.marsad.doc.Party;
import org.marsad.doc.Quote;
import org.marsad.doc.Timex;

/** The article text cut at every annotation's edge: each piece covered by one fixed set of layers. */
class PiecesTest {

  private static final String TEXT = "قال لافروف أمس إن موسكو ترفض العقوبات.";

  private static Article article(List<Entity> entities, List<Timex> timexes, List<Quote> quotes, List<Event> events) {
    return new Article("x", "test", null, null, List.of(), null, "ar", TEXT, List.of(), entities, timexes, quotes,
        events, List.of());
  }

  @Test
  void aQuotationHoldingAnEntityIsCutAroundIt() {
    int moscow = TEXT.indexOf("موسكو");
    int quote = moscow;
    Entity m = new Entity("gpe:moscow", "Moscow", "موسكو", EntityType.GPE, null, "RUS", null,
        List.of(new Mention(moscow, moscow + 5, "موسكو")));
    Quote q = new Quote(quote, TEXT.length() - 1, TEXT.substring(quote, TEXT.length() - 1), "person:lavrov",
        "Sergey Lavrov", "قال", false);
    List<Piece> pieces = Pieces.of(article(List.of(m), List.of(), List.of(q), List.of()));

    assertThat(String.join("", pieces.stream().map(Piece::text).toList())).isEqualTo(TEXT);
    assertThat(pieces).extracting(Piece::text).containsExactly("قال لافروف أمس إن ", "موسكو", " ترفض العقوبات", ".");
    Piece named = pieces.get(1);
    assertThat(named.entity()).isEqualTo("gpe:moscow");
    assertThat(named.quote().speakerName()).isEqualTo("Sergey Lavrov");
    assertThat(named.classes()).isEqualTo("ent ent-GPE q q-reported");
    assertThat(pieces.get(2).entity()).isNull();
    assertThat(pieces.get(2).quote()).isNotNull();
    assertThat(pieces.get(0).plain()).isTrue();
  }

  @Test
  void aCountryNamedByItsAdjectiveIsMarkedSo() {
    String text = "وقال الوزير الروسي إن";
    int at = text.indexOf("الروسي");
    Entity russia = new Entity("country:RUS", "Russia", "روسيا", EntityType.GPE, "RUS", null, null,
        List.of(new Mention(at, at + 6, "الروسي", Mention.Form.ADJECTIVE)));
    Article a = new Article("x", "test", null, null, List.of(), null, "ar", text, List.of(), List.of(russia), List.of(),
        List.of(), List.of(), List.of());
    Piece adjective = Pieces.of(a).get(1);
    assertThat(adjective.text()).isEqualTo("الروسي");
    assertThat(adjective.classes()).isEqualTo("ent ent-GPE ent-adjective");
  }

  @Test
  void anEventSentenceAndATimeExpressionMarkTheirPieces() {
    int yesterday = TEXT.indexOf("أمس");
    Timex t = new Timex(yesterday, yesterday + 3, "أمس", "2024-10-13", "DATE", null);
    Event e = new Event("REJECT", new Party("RUS", "country:RUS"), null, null, null, "asserted", 0, TEXT.length(), "ترفض");
    List<Piece> pieces = Pieces.of(article(List.of(), List.of(t), List.of(), List.of(e)));
    assertThat(pieces).extracting(Piece::text).containsExactly("قال لافروف ", "أمس", " إن موسكو ترفض العقوبات.");
    assertThat(pieces).allSatisfy(p -> assertThat(p.event()).isEqualTo("REJECT"));
    assertThat(pieces.get(1).timex()).isEqualTo("2024-10-13");
  }

  @Test
  void spansOutsideTheTextArePassedOver() {
    Timex wrong = new Timex(30, 500, "؟", null, "DATE", null);
    List<Piece> pieces = Pieces.of(article(List.of(), List.of(wrong), List.of(), List.of()));
    assertThat(pieces).extracting(Piece::text).containsExactly(TEXT);
  }
}
