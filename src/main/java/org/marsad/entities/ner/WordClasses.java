package org.marsad.entities.ner;

import java.util.List;
import org.marsad.text.Token;

/** The {@link WordClass} flags of each word of a sentence, from a knowledge source outside the model. */
@FunctionalInterface
public interface WordClasses {

  /** No knowledge: every word's flags are 0. */
  WordClasses NONE = words -> new int[words.size()];

  /** One int of {@link WordClass#bit()} flags per word of {@code words}. */
  int[] of(List<Token> words);
}
