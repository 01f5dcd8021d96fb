package org.marsad.events;

import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Layer;
import org.marsad.doc.Quote;
import org.marsad.doc.Timex;
import org.marsad.ingest.CleanArticle;
import org.marsad.text.AnalyzedText;

/** Codes the political events of an article in PLOVER. */
public final class EventCoder {

  public Layer<Event> code(AnalyzedText text, CleanArticle article, List<Entity> entities, List<Timex> timexes,
      List<Quote> quotes) {
    return Layer.of(List.of()); // filled by the events issue
  }
}
