package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decoding leaves out the steps BIO forbids; it must still find the best tagging of all those
 * BIO allows, which for short sentences can be found by trying every one.
 */
class ViterbiTest {

  private static final String[] TAGS = {"O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PERS", "I-PERS"};

  @Test
  void finds_the_best_of_every_tagging_bio_allows() {
    int t = TAGS.length;
    boolean[] allowed = NerModel.allowed(TAGS);
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(4);
      float[] emit = new float[n * t];
      float[] transitions = new float[(t + 1) * t];
      for (int i = 0; i < emit.length; i++) {
        emit[i] = (float) random.nextGaussian();
      }
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = (float) random.nextGaussian();
      }
      float[] masked = NerModel.masked(transitions, allowed);
      int[] path = NerModel.viterbi(emit, n, t, masked, null);
      assertThat(score(path, emit, masked, t)).isEqualTo(best(emit, masked, n, t));
    }
  }

  /** The score of a tagging, minus infinity where BIO forbids it. */
  private static float score(int[] path, float[] emit, float[] masked, int t) {
    float s = masked[t * t + path[0]] + emit[path[0]];
    for (int i = 1; i < path.length; i++) {
      s += masked[path[i - 1] * t + path[i]] + emit[i * t + path[i]];
    }
    return s;
  }

  private static float best(float[] emit, float[] masked, int n, int t) {
    float best = Float.NEGATIVE_INFINITY;
    int[] path = new int[n];
    int all = (int) Math.pow(t, n);
    for (int code = 0; code < all; code++) {
      int c = code;
      for (int i = 0; i < n; i++) {
        path[i] = c % t;
        c /= t;
      }
      best = Math.max(best, score(path, emit, masked, t));
    }
    return best;
  }
}
