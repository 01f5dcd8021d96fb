package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Event;
import org.marsad.doc.Mention;
import org.marsad.doc.Party;
import org.marsad.doc.Quote;
import org.marsad.pipeline.ArticleId;

/** Hand-made records for the archive tests: spans are found in the text, so a test reads like the article. */
final class Records {

  private Records() {}

  /** An entity with a mention at every place one of its spellings occurs in {@code text}. */
  static Entity entity(String text, String id, String name, String nameAr, EntityType type, String code, String country,
      String... spellings) {
    List<Mention> mentions = new ArrayList<>();
    for (String s : spellings) {
      for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
        mentions.add(new Mention(at, at + s.length(), s));
      }
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException(name + ": none of its spellings is in the text");
    }
    return new Entity(id, name, nameAr, type, code, country, null, mentions);
  }

  static Quote quote(String text, String said, Entity speaker) {
    int at = text.indexOf(said);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + said);
    }
    return new Quote(at, at + said.length(), said, speaker == null ? null : speaker.id(),
        speaker == null ? null : speaker.name(), "قال", true);
  }

  static Event event(String text, String sentence, String type, Entity actor, Entity target) {
    int at = text.indexOf(sentence);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + sentence);
    }
    return new Event(type, party(actor), party(target), null, null, "asserted", at, at + sentence.length(), null);
  }

  private static Party party(Entity e) {
    return new Party(e.code() != null ? e.code() : e.country(), e.id());
  }

  static Article article(String source, String title, String published, String credit, String text,
      List<Entity> entities, List<Quote> quotes, List<Event> events) {
    return new Article(ArticleId.of(text), source, title, published, credit == null ? List.of() : List.of(credit), null,
        "ar", text, List.of(), entities, List.of(), quotes, events, List.of());
  }

  static Article article(String source, String title, String published, String credit, String text) {
    return article(source, title, published, credit, text, List.of(), List.of(), List.of());
  }
}
