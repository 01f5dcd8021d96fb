package org.marsad.entities;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.doc.Entity;
import org.marsad.doc.Layer;
import org.marsad.entities.ner.NerModel;
import org.marsad.entities.ner.WordClasses;
import org.marsad.text.AnalyzedText;

/**
 * Finds, types and links the entities an article names: the knowledge base's people,
 * countries, places and organisations (by name, nisba adjective or Latin spelling), the
 * people the article introduces by their office, and the names only the statistical model
 * ({@link NerModel}) finds. Thread-safe: the knowledge and the model are read once.
 */
public final class EntityRecognizer {

  private final Gazetteer gazetteer;
  private final Optional<NerModel> model;
  private final KbWordClasses classes;

  /** The recogniser over the standard knowledge base and the shipped model. */
  public EntityRecognizer() {
    this(KnowledgeBase.standard(), Optional.of(NerModel.standard()));
  }

  /** Over knowledge base {@code kb}, without the model: the knowledge base's names and offices only. */
  public EntityRecognizer(KnowledgeBase kb) {
    this(kb, Optional.empty());
  }

  public EntityRecognizer(KnowledgeBase kb, Optional<NerModel> model) {
    boolean standard = kb == KnowledgeBase.standard();
    this.gazetteer = standard ? Standard.GAZETTEER : new Gazetteer(kb);
    this.model = model;
    this.classes = standard ? Standard.CLASSES : new KbWordClasses(gazetteer, kb);
  }

  private static final class Standard {
    static final Gazetteer GAZETTEER = new Gazetteer(KnowledgeBase.standard());
    static final KbWordClasses CLASSES = new KbWordClasses(GAZETTEER, KnowledgeBase.standard());
  }

  /** The entities of an article whose date is unknown: people get their latest offices. */
  public Layer<Entity> recognize(AnalyzedText text) {
    return recognize(text, null);
  }

  /**
   * The entities of an article published on {@code published} (ISO 8601, as the record writes
   * it; null when unknown): people of the knowledge base get the office they held that year.
   */
  public Layer<Entity> recognize(AnalyzedText text, String published) {
    List<Entity> read = new ArticleReading(gazetteer, text, yearOf(published), model, classes).read();
    return Layer.of(ZoneNames.withoutZones(text.text(), MenuLines.withoutMenus(text.text(), read)));
  }

  private static OptionalInt yearOf(String published) {
    if (published == null || published.length() < 4) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < 4; i++) {
      if (published.charAt(i) < '0' || published.charAt(i) > '9') {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(Integer.parseInt(published.substring(0, 4)));
  }

  /**
   * The entities the steps after this one read as parties and speakers: all but the ministries named
   * by their domain alone with no country ("وزارة الداخلية"), whose state those steps read from the
   * sentence and the dateline themselves (events.EventSentence.homeMinistry). The record keeps them.
   */
  public static List<Entity> forLaterSteps(List<Entity> entities) {
    return entities.stream().filter(e -> !MinistryNames.ofNoCountry(e)).toList();
  }

  /** What the standard knowledge base says about each word, as the model reads it (for training). */
  public static WordClasses wordClasses() {
    return Standard.CLASSES;
  }
}
