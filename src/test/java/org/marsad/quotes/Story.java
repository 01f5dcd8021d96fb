package org.marsad.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Layer;
import org.marsad.doc.Mention;
import org.marsad.doc.Quote;
import org.marsad.text.AnalyzedText;

/**
 * A made-up article for the tests: its text and the entities a reader would mark in it,
 * every mention found where its words stand (with a clitic before it, as "ولافروف").
 */
final class Story {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private final String text;
  private final List<Entity> entities = new ArrayList<>();

  private Story(String text) {
    this.text = text;
  }

  static Story of(String... paragraphs) {
    return new Story(String.join("\n\n", paragraphs));
  }

  Story person(String name, String role, String country, String... written) {
    entities.add(new Entity("p:" + name, name, written[0], EntityType.PERSON, null, country, role, mentions(written)));
    return this;
  }

  /** A person only the statistical model found ({@code "linked": false}), with the role the entity layer gave it. */
  Story modelPerson(String name, String role, String... written) {
    entities.add(new Entity("p:" + name, name, written[0], EntityType.PERSON, null, null, role, mentions(written), false));
    return this;
  }

  /** An organisation only the statistical model found ({@code "linked": false}). */
  Story modelOrganisation(String name, String... written) {
    entities.add(new Entity("o:" + name, name, written[0], EntityType.ORG, null, null, null, mentions(written), false));
    return this;
  }

  Story organisation(String name, String country, String... written) {
    entities.add(new Entity("o:" + name, name, written[0], EntityType.ORG, null, country, null, mentions(written)));
    return this;
  }

  /** Something else the entity layer named (MISC): "الله" it may take for God inside a name. */
  Story misc(String name, String... written) {
    entities.add(new Entity("m:" + name, name, written[0], EntityType.MISC, null, null, null, mentions(written), false));
    return this;
  }

  /** A city of the gazetteer ("gpe:" as the entity layer names them), in its country. */
  Story city(String name, String country, String... written) {
    entities.add(new Entity("gpe:" + name.toLowerCase(Locale.ROOT), name, written[0], EntityType.GPE, country, country,
        null, mentions(written)));
    return this;
  }

  Story country(String name, String code, String... written) {
    entities.add(new Entity("c:" + code, name, written[0], EntityType.GPE, code, null, null, mentions(written)));
    return this;
  }

  /** A country named by its nisba adjective ("السودانية"), as the entity layer marks it. */
  Story countryAdjective(String name, String code, String... written) {
    List<Mention> adjectives = mentions(written).stream()
        .map(m -> new Mention(m.start(), m.end(), m.text(), Mention.Form.ADJECTIVE)).toList();
    entities.add(new Entity("c:" + code, name, written[0], EntityType.GPE, code, null, null, adjectives));
    return this;
  }

  private List<Mention> mentions(String... written) {
    List<Mention> out = new ArrayList<>();
    for (String w : written) {
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1))
            || (at == 1 || !Character.isLetter(text.charAt(at - 2))) && "وفبل".indexOf(text.charAt(at - 1)) >= 0;
        int end = at + w.length();
        boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
        if (wordStart && wordEnd) {
          out.add(new Mention(at, end, w));
        }
      }
    }
    return out;
  }

  String text() {
    return text;
  }

  Layer<Quote> layer() {
    return EXTRACTOR.extract(AnalyzedText.of(text, List.of()), entities);
  }

  List<Quote> quotes() {
    return layer().items();
  }

  List<Quote> direct() {
    return quotes().stream().filter(Quote::direct).toList();
  }
}
