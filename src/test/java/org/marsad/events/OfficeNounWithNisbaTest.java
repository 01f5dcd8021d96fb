package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Event;
import org.marsad.doc.Mention;
import org.marsad.doc.Article;
import org.marsad.doc.Quote;
import org.marsad.ingest.CleanArticle;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.AnalyzedText;

/**
 * A body named by its office noun and a country's adjective ("الخارجية الأوروغوايانية"،
 * "الداخلية الأوروغوايانية") is that country's, though the article named a person of another
 * country before by the office whose last word the noun is ("وزير الخارجية"): the last word of a
 * mention by office is no surname of its holder. Invented sentences and people; the entities are
 * given as the entity layer gives them, the office mention included.
 */
class OfficeNounWithNisbaTest {

  private static final EventCoder CODER = new EventCoder();

  private static List<Event> code(String text, Entity... es) {
    AnalyzedText at = AnalyzedText.of(text, List.of());
    CleanArticle article = new CleanArticle("test", null, "2025-05-10T09:00Z", List.of(), null, "ar", text, List.of(),
        List.of());
    return CODER.code(at, article, List.of(es), List.of(), List.of()).items();
  }

  private static final String TEXT = "اتهم وزير الخارجية البوليفي خوان ريبيرا الأوروغواي بإيواء المهربين.\n\n"
      + "من جهتها، رفضت الخارجية الأوروغوايانية هذه الاتهامات.";

  @Test
  void theMinistryNamedByItsOfficeNounIsItsAdjectivesCountry() {
    // the entity layer reads no nisba of Bolivia here: the office alone is the person's ("وزير الخارجية")
    Entity minister = new Entity("person:juan-ribera", "Juan Ribera", "خوان ريبيرا", EntityType.PERSON, null, "BOL",
        "Foreign Minister", List.of(mention(TEXT, "وزير الخارجية", Mention.Form.OFFICE),
            mention(TEXT, "خوان ريبيرا", Mention.Form.NAME)), true);
    Entity uruguay = new Entity("country:URY", "Uruguay", "الأوروغواي", EntityType.GPE, "URY", null, null,
        List.of(mention(TEXT, "الأوروغواي", Mention.Form.NAME), mention(TEXT, "الأوروغوايانية", Mention.Form.ADJECTIVE)),
        true);
    Entity ministry = new Entity("org:uruguay-mfa", "Ministry of Foreign Affairs of Uruguay", "وزارة الخارجية الأوروغوايانية",
        EntityType.ORG, null, "URY", null, List.of(mention(TEXT, "الخارجية الأوروغوايانية", Mention.Form.NAME)), true);
    assertThat(code(TEXT, minister, uruguay, ministry))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("BOL", "ACCUSE", "URY"), tuple("URY", "REJECT", "BOL"))
        .doesNotContain(tuple("BOL", "REJECT", "URY"));
  }

  @Test
  void theHoldersOwnAdjectiveNamedAgainIsStillTheHolder() {
    // "نظيره البوليفي" is the office of a person of Bolivia: "الضيف البوليفي" later is he
    String text = "استقبل الرئيس الأوروغواياني نظيره البوليفي خوان ريبيرا في مونتيفيديو.\n\n"
        + "من جهته، اتهم الضيف البوليفي تشيلي بإغلاق الحدود.";
    Entity guest = new Entity("person:juan-ribera", "Juan Ribera", "خوان ريبيرا", EntityType.PERSON, null, "BOL",
        "President", List.of(mention(text, "نظيره البوليفي", Mention.Form.OFFICE),
            mention(text, "خوان ريبيرا", Mention.Form.NAME)), true);
    Entity bolivia = new Entity("country:BOL", "Bolivia", "بوليفيا", EntityType.GPE, "BOL", null, null,
        List.of(mention(text, "البوليفي", Mention.Form.ADJECTIVE), new Mention(text.lastIndexOf("البوليفي"),
            text.lastIndexOf("البوليفي") + "البوليفي".length(), "البوليفي", Mention.Form.ADJECTIVE)), true);
    Entity uruguay = new Entity("country:URY", "Uruguay", "الأوروغواي", EntityType.GPE, "URY", null, null,
        List.of(mention(text, "الأوروغواياني", Mention.Form.ADJECTIVE)), true);
    Entity chile = new Entity("country:CHL", "Chile", "تشيلي", EntityType.GPE, "CHL", null, null,
        List.of(mention(text, "تشيلي", Mention.Form.NAME)), true);
    assertThat(code(text, guest, bolivia, uruguay, chile))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("BOL", "ACCUSE", "CHL"));
  }

  @Test
  void theWholePipelineGivesTheMinistryItsAdjectivesCountryBeforeAMinisterOfTheKnowledgeBase() {
    // Mali's foreign minister of people.tsv, named by an office whose adjective ("المالي") names no
    // country for the entity layer; then Algeria's ministry by its office noun, after "من جهتها"
    Article a = Pipeline.standard().analyze(new RawArticle("test.txt", """
        اتهام جديد بين باماكو والجزائر

        اتهم وزير الخارجية المالي عبد الله ديوب الجزائر بدعم المتمردين في الشمال، وقال إن بلاده ستلجأ إلى مجلس الأمن.

        من جهتها، رفضت الخارجية الجزائرية هذه الاتهامات، وقالت في بيان إنها "مزاعم لا أساس لها".
        """, Given.NONE));
    assertThat(a.events()).extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("MLI", "ACCUSE", "DZA"), tuple("DZA", "REJECT", "MLI"))
        .doesNotContain(tuple("MLI", "REJECT", "DZA"));
    assertThat(a.quotes()).filteredOn(Quote::direct).extracting(Quote::speaker).containsExactly("org:algeria-mfa");
  }

  @Test
  void malisMinistryIsNamedByItsOfficeNounThoughMaliHasNoNisba() {
    // "المالية" alone is "financial"; after "الخارجية" it is Mali's (orgs.tsv)
    Article a = Pipeline.standard().analyze(new RawArticle("test.txt", """
        توتر بين الجارتين

        اتهمت الجزائر باماكو بخرق أجوائها.

        من جهتها، رفضت الخارجية المالية هذه الاتهامات، وقالت في بيان إنها "مزاعم لا أساس لها".
        """, Given.NONE));
    assertThat(a.events()).extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("DZA", "ACCUSE", "MLI"), tuple("MLI", "REJECT", "DZA"));
    assertThat(a.quotes()).filteredOn(Quote::direct).extracting(Quote::speaker).containsExactly("org:mali-mfa");
  }

  private static Mention mention(String text, String f, Mention.Form form) {
    int at = text.indexOf(f);
    assertThat(at).as(f).isGreaterThanOrEqualTo(0);
    return new Mention(at, at + f.length(), f, form);
  }
}
