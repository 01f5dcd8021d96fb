package org.marsad.time;

import java.util.List;
import org.marsad.doc.Layer;
import org.marsad.doc.Timex;
import org.marsad.text.AnalyzedText;

/** Finds and resolves the time expressions of an article. */
public final class TimexTagger {

  /**
   * The time expressions of {@code text}; relative ones resolved against {@code published}
   * (an ISO 8601 date or date-time, or null when unknown).
   */
  public Layer<Timex> tag(AnalyzedText text, String published) {
    return Layer.of(List.of()); // filled by the time-expressions issue
  }
}
