package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.text.Token;

/**
 * Scoring reads the weights through a packed index (the rows not all zero, a row of zeros for
 * the rest) and sums one tag at a time; the scores must be, bit for bit, the sums over the full
 * weight table in feature order that the model was trained and measured with.
 */
class ScoringTest {

  private static final String[] TAGS = {"O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PERS", "I-PERS"};

  @Test
  void scores_equal_the_plain_sums_over_the_whole_table_bit_for_bit() {
    Random random = new Random(11);
    int t = TAGS.length;
    int bits = 10;
    float[] weights = new float[(1 << bits) * t];
    for (int r = 0; r < 1 << bits; r++) {
      if (random.nextInt(4) == 0) { // most rows zero, as in a trained model
        for (int y = 0; y < t; y++) {
          weights[r * t + y] = random.nextInt(5) == 0 ? -0f : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
        }
      }
    }
    float[] transitions = new float[(t + 1) * t];
    WordClusters clusters = new WordClusters(Map.of("قال", "0110", "الوزير", "1011"));
    NerModel model = new NerModel(TAGS, bits, weights, transitions, clusters);
    List<Token> tokens = Sentences.tokens(List.of(
        "وقال", "الوزير", "سامر", "الحلبي", "في", "بنزرت", "إن", "Reuters", "2019", "،", "للولايات", "قال", "."));
    int[] classes = new int[tokens.size()];
    classes[2] = 0b101;
    NerFeatures.Words words = model.features().read(tokens, classes);

    float[] scored = model.emissions(words);

    long[] buf = new long[NerFeatures.MAX];
    for (int i = 0; i < words.n; i++) {
      int k = model.features().features(words, i, buf);
      for (int y = 0; y < t; y++) {
        float sum = 0f;
        for (int f = 0; f < k; f++) {
          sum += weights[(int) (buf[f] >>> (64 - bits)) * t + y];
        }
        assertThat(Float.floatToRawIntBits(scored[i * t + y])).as("word %d tag %d", i, y)
            .isEqualTo(Float.floatToRawIntBits(sum));
      }
    }
  }
}
