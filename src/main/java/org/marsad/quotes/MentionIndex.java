package org.marsad.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * Which entity the text names at each word, from the entity layer's mentions: a person wins
 * over a place or organisation named by the same words ("وزير الخارجية الروسي" may name both
 * Lavrov and Russia), then the longer mention. Also the people in order of mention.
 */
final class MentionIndex {

  /** A mention of a person over words {@code [from, to)}. */
  record PersonMention(Entity person, int from, int to) {}

  private final Entity[] entityAt;
  private final int[] mentionEnd;
  private final int[] mentionLength;
  private final List<PersonMention> people = new ArrayList<>();

  MentionIndex(AnalyzedText text, List<Entity> entities) {
    List<Token> tokens = text.tokens();
    entityAt = new Entity[tokens.size()];
    mentionEnd = new int[tokens.size()];
    mentionLength = new int[tokens.size()];
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() < 0 || m.end() > text.text().length() || m.end() <= m.start()) {
          continue; // a mention outside the text names nothing here
        }
        int from = text.firstTokenAtOrAfter(m.start());
        if (from > 0 && tokens.get(from - 1).end() > m.start()) {
          from--; // the mention starts inside a word: "ولافروف"
        }
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < m.end()) {
          to++;
        }
        if (to == from) {
          continue;
        }
        for (int t = from; t < to; t++) {
          if (better(e, m, entityAt[t], mentionLength[t])) {
            entityAt[t] = e;
            mentionEnd[t] = to;
            mentionLength[t] = m.end() - m.start();
          }
        }
        if (e.type() == EntityType.PERSON) {
          people.add(new PersonMention(e, from, to));
        }
      }
    }
    people.sort(Comparator.comparingInt(PersonMention::from));
  }

  private static boolean better(Entity e, Mention m, Entity old, int oldLength) {
    if (old == null) {
      return true;
    }
    boolean person = e.type() == EntityType.PERSON;
    boolean oldPerson = old.type() == EntityType.PERSON;
    if (person != oldPerson) {
      return person;
    }
    return m.end() - m.start() > oldLength;
  }

  /** The entity named at word {@code t}. */
  Optional<Entity> at(int t) {
    return Optional.ofNullable(entityAt[t]);
  }

  /** The word after the mention that covers word {@code t}. */
  int endOf(int t) {
    return entityAt[t] == null ? t + 1 : Math.max(mentionEnd[t], t + 1);
  }

  /** Mentions of people, in text order. */
  List<PersonMention> people() {
    return people;
  }
}
