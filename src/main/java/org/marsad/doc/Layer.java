package org.marsad.doc;

import java.util.List;

/** What one annotation step adds to an article: its items and what it found doubtful. */
public record Layer<T>(List<T> items, List<String> warnings) {

  public Layer {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  public static <T> Layer<T> of(List<T> items) {
    return new Layer<>(items, List.of());
  }
}
