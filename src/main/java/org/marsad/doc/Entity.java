package org.marsad.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One distinct entity of an article. {@code id} is stable across articles (knowledge-base id,
 * or made from the normalised name for an entity outside it). {@code code} is the ISO 3166-1
 * alpha-3 code of a country; {@code country} the country a person, organisation or city
 * belongs to; {@code role} the office the article gives a person; {@code linked} whether the
 * entity is one of the knowledge base's, or a name found in the text alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
    String id,
    String name,
    String nameAr,
    EntityType type,
    String code,
    String country,
    String role,
    List<Mention> mentions,
    boolean linked) {

  public Entity {
    mentions = List.copyOf(mentions);
  }

  /**
   * This entity as the record holds it: without the mentions by office or by description
   * ({@link Mention.Form#OFFICE}, {@link Mention.Form#DESCRIPTION}), which are no names. An entity
   * the article names only so has no mention left ({@link #named}).
   */
  public Entity forRecord() {
    if (mentions.stream().allMatch(Entity::inRecord)) {
      return this;
    }
    return new Entity(id, name, nameAr, type, code, country, role,
        mentions.stream().filter(Entity::inRecord).toList(), linked);
  }

  /** Whether the record holds this entity: whether a mention by name or nisba is left ({@link #forRecord}). */
  public boolean named() {
    return mentions.stream().anyMatch(Entity::inRecord);
  }

  private static boolean inRecord(Mention m) {
    return m.form() != Mention.Form.OFFICE && m.form() != Mention.Form.DESCRIPTION;
  }

  /** An entity of the knowledge base. */
  public Entity(String id, String name, String nameAr, EntityType type, String code, String country, String role,
      List<Mention> mentions) {
    this(id, name, nameAr, type, code, country, role, mentions, true);
  }
}
