package org.marsad.entities;

import org.marsad.doc.Entity;
import org.marsad.doc.Layer;
import org.marsad.text.AnalyzedText;

/**
 * Finds, types and links the entities an article names: the knowledge base's people,
 * countries, places and organisations (by name, nisba adjective or Latin spelling), and the
 * people the article introduces by their office. Thread-safe: the knowledge is read once.
 */
public final class EntityRecognizer {

  private final Gazetteer gazetteer;

  /** The recogniser over the standard knowledge base. */
  public EntityRecognizer() {
    this(KnowledgeBase.standard());
  }

  public EntityRecognizer(KnowledgeBase kb) {
    this.gazetteer = new Gazetteer(kb);
  }

  public Layer<Entity> recognize(AnalyzedText text) {
    return Layer.of(new ArticleReading(gazetteer, text).read());
  }
}
