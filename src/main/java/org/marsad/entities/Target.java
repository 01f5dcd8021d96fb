package org.marsad.entities;

import org.marsad.doc.EntityType;

/** What a name found in the text stands for. */
sealed interface Target {

  /** An entity of the knowledge base; {@code adjective} when named by its nisba or demonym. */
  record Known(KbEntity entity, boolean adjective) implements Target {}

  /** An office or title ("وزير الخارجية"), which may introduce a person. */
  record OfficeWord(Office office) implements Target {}

  /** A person this article introduced, not in the knowledge base, by its article-local key. */
  record Local(String key) implements Target {}

  /** A name only the statistical model found, of {@code type}, not in the knowledge base. */
  record Model(EntityType type) implements Target {}
}
