package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marsad.doc.Entity;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * The entity layer over the standard knowledge base alone, without the model: what the tests of
 * its rules read, so that what they assert is the rule and not the model's reading.
 */
final class KbOnly {

  static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.standard());

  private KbOnly() {}

  /** "key=mention text" for every mention found in {@code text}, keyed by {@code key} (the type, the id). */
  static List<String> mentions(String text, Function<Entity, Object> key) {
    List<String> out = new ArrayList<>();
    for (Entity e : RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items()) {
      for (Mention m : e.mentions()) {
        out.add(key.apply(e) + "=" + m.text());
      }
    }
    return out;
  }
}
