package org.marsad.entities;

import java.util.List;
import org.marsad.doc.EntityType;

/**
 * A body's name right after the word naming its kind ({@code kind-before-name.tsv}: "فريق"،
 * "شركة"، "صحيفة"): the kind word stays outside the name, as ANERcorp annotates it ("فريق
 * [ميلان]"), and a name the statistical model reads there as a person or a thing is the body's
 * ("فريق [كرونوس ريسينغ]": a team; "لمجلة [إنفورميشن ويك]": a magazine).
 */
final class KindBeforeName {

  /** Where a name of the model begins and what it names, once the kind word is read. */
  record Reading(int from, EntityType type) {}

  private KindBeforeName() {}

  /** The model's name on words {@code [from, to)} of type {@code type}, read with the word before it or its own first word. */
  static Reading of(Gazetteer gazetteer, List<TokenKeys> words, int from, int to, EntityType type) {
    if (to - from >= 2 && gazetteer.isKindBeforeName(words.get(from))) {
      return new Reading(from + 1, EntityType.ORG);
    }
    if (from > 0 && (type == EntityType.PERSON || type == EntityType.MISC)
        && gazetteer.isKindBeforeName(words.get(from - 1))) {
      return new Reading(from, EntityType.ORG);
    }
    return new Reading(from, type);
  }
}
