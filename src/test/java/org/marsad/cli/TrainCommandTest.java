package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad train ner} on a few sentences written for the test: its options reach the trainer. */
class TrainCommandTest {

  private static final String TRAIN = """
      قال\tO
      سامر\tB-PERS
      الحلبي\tI-PERS
      إن\tO
      الوضع\tO
      في\tO
      بنزرت\tB-LOC
      هادئ\tO

      وصل\tO
      الوفد\tO
      إلى\tO
      طنجة\tB-LOC
      صباح\tO
      اليوم\tO

      وأكد\tO
      الوزير\tO
      رانيا\tB-PERS
      قدورة\tI-PERS
      أن\tO
      الحكومة\tO
      ستدعم\tO
      المزارعين\tO
      """;

  @Test
  void a_model_of_several_orders_is_written_the_same_twice_and_no_orders_is_refused(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("train.tsv"), TRAIN);
    String[] common = {"train", "ner", "--data", dir.toString(), "--epochs", "2", "--bits", "12",
        "--no-document-stage", "--seed", "5", "--orders", "3"};
    Path first = dir.resolve("first.bin.gz");
    Path second = dir.resolve("second.bin.gz");
    assertThat(Main.run(concat(common, "--out", first.toString()))).isZero();
    assertThat(Main.run(concat(common, "--out", second.toString()))).isZero();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

    Path none = dir.resolve("none.bin.gz");
    String[] noOrders = common.clone();
    noOrders[noOrders.length - 1] = "0";
    assertThat(Main.run(concat(noOrders, "--out", none.toString()))).isNotZero();
    assertThat(none).doesNotExist();
  }

  @Test
  void knowledge_base_dropout_reaches_the_trainer_and_a_chance_above_one_is_refused(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("train.tsv"), TRAIN);
    String[] common = {"train", "ner", "--data", dir.toString(), "--epochs", "2", "--bits", "12",
        "--no-document-stage", "--seed", "5", "--orders", "1"};
    Path kept = dir.resolve("kept.bin.gz");
    Path dropped = dir.resolve("dropped.bin.gz");
    Path refused = dir.resolve("refused.bin.gz");
    assertThat(Main.run(concat(common, "--out", kept.toString()))).isZero();
    // طنجة and بنزرت are places the knowledge base holds: at 1 the model never reads that
    assertThat(Main.run(concat(common, "--kb-dropout", "1", "--out", dropped.toString()))).isZero();
    assertThat(Files.readAllBytes(dropped)).isNotEqualTo(Files.readAllBytes(kept));
    assertThat(Main.run(concat(common, "--kb-dropout", "1.5", "--out", refused.toString()))).isNotZero();
    assertThat(refused).doesNotExist();
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
