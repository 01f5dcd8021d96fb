package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.entities.EntityRecognizer;
import org.marsad.text.Token;

/** The trainer on small data: it learns, it generalises, and it writes the same file every time. */
class NerTrainerTest {

  private static final NerTrainer.Options SMALL = new NerTrainer.Options(5, 16, 3, 0);

  /** Sentences written for the test: names after reporting verbs and offices, places after في. */
  private static List<Conll.Sentence> story() {
    List<Conll.Sentence> out = new ArrayList<>();
    String[][] people = {{"سامر", "الحلبي"}, {"رانيا", "قدورة"}, {"جورج", "بيلسون"}, {"منى", "الزعبي"},
        {"كريم", "بلحاج"}, {"ليلى", "منصوري"}};
    String[] places = {"بنزرت", "طنجة", "حمص", "صفاقس", "إربد", "الزرقاء"};
    for (int i = 0; i < people.length; i++) {
      String[] p = people[i];
      out.add(sentence("قال PERS:" + p[0] + " PERS+:" + p[1] + " إن الوضع في LOC:" + places[i] + " هادئ ."));
      out.add(sentence("وأكد الوزير PERS:" + p[0] + " PERS+:" + p[1] + " أن الحكومة ستدعم المزارعين ."));
      out.add(sentence("وصل الوفد إلى LOC:" + places[(i + 1) % places.length] + " صباح اليوم ."));
    }
    return out;
  }

  /** "PERS:w" begins a name, "PERS+:w" continues it; other words are O. */
  private static Conll.Sentence sentence(String marked) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String w : marked.split(" ")) {
      int colon = w.indexOf(':');
      if (colon < 0) {
        words.add(w);
        tags.add("O");
      } else {
        String type = w.substring(0, colon);
        boolean inside = type.endsWith("+");
        words.add(w.substring(colon + 1));
        tags.add((inside ? "I-" : "B-") + type.replace("+", ""));
      }
    }
    return new Conll.Sentence(words, tags);
  }

  private static List<String> found(NerModel model, String sentence) {
    List<String> words = List.of(sentence.split(" "));
    List<Token> tokens = Sentences.tokens(words);
    List<String> out = new ArrayList<>();
    for (NerModel.Name n : model.names(tokens, new int[tokens.size()])) {
      out.add(n.type() + " " + String.join(" ", words.subList(n.from(), n.to())));
    }
    return out;
  }

  @Test
  void a_name_never_seen_is_found_by_its_context() {
    NerModel model = new NerTrainer(SMALL, WordClasses.NONE, WordClusters.empty()).train(story(), null);
    assertThat(found(model, "قال نادر الشامي إن الوضع في المنستير هادئ ."))
        .containsExactly("PERS نادر الشامي", "LOC المنستير");
    assertThat(found(model, "وصل الوفد صباح اليوم .")).isEmpty();
  }

  @Test
  void the_same_data_gives_the_same_file_and_the_file_gives_the_same_model() throws IOException {
    NerTrainer trainer = new NerTrainer(SMALL, WordClasses.NONE, WordClusters.empty());
    byte[] first = bytes(trainer.train(story(), null));
    byte[] second = bytes(trainer.train(story(), null));
    assertThat(second).isEqualTo(first);
    NerModel read = NerModel.read(new ByteArrayInputStream(first));
    assertThat(bytes(read)).isEqualTo(first);
    assertThat(found(read, "قال نادر الشامي إن الوضع في المنستير هادئ .")).contains("PERS نادر الشامي");
  }

  @Test
  void a_model_with_its_document_stage_is_written_and_read_whole() throws IOException {
    NerModel model = new NerTrainer(SMALL.withDocumentStage(true), WordClasses.NONE, WordClusters.empty())
        .train(story(), null);
    assertThat(model.second).isNotNull();
    byte[] file = bytes(model);
    NerModel read = NerModel.read(new ByteArrayInputStream(file));
    assertThat(read.second).isNotNull();
    assertThat(bytes(read)).isEqualTo(file);
    List<List<Token>> doc = List.of(Sentences.tokens(List.of("قال نادر الشامي إن الوضع في المنستير هادئ .".split(" "))),
        Sentences.tokens(List.of("وصل الوفد صباح اليوم .".split(" "))));
    List<List<NerModel.Name>> names = read.names(doc, List.of(new int[9], new int[5]));
    assertThat(names).hasSize(2);
    assertThat(names.get(0)).extracting(NerModel.Name::type).contains("PERS", "LOC");
    assertThat(names.get(1)).isEmpty();
  }

  @Test
  void the_document_stage_reads_what_the_first_reading_gave_the_same_word_elsewhere() {
    String[] tags = {"O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PERS", "I-PERS"};
    List<List<Token>> doc = List.of(Sentences.tokens(List.of("أعلنت شركة نوكيا اليوم".split(" "))),
        Sentences.tokens(List.of("وقالت نوكيا إن".split(" "))));
    List<List<NerModel.Name>> first = List.of(List.of(new NerModel.Name(2, 3, "ORG")), List.of());
    List<int[]> flags = DocumentClasses.of(doc, first, tags);
    int org = 1 << (DocumentClasses.ELSEWHERE + 1);
    // the second نوكيا: named an organisation elsewhere, nothing itself
    assertThat(flags.get(1)[1] & org).isEqualTo(org);
    assertThat(flags.get(1)[1] >>> DocumentClasses.SELF & 0xff).isZero();
    // the first: its own tag B-ORG; the other نوكيا named nothing, it stood outside any name
    assertThat(flags.get(0)[2] >>> DocumentClasses.SELF & 0xff).isEqualTo(1 << 2);
    assertThat(flags.get(0)[2] & org).isZero();
    assertThat(flags.get(0)[2] & 1 << DocumentClasses.PLAIN_ELSEWHERE).isNotZero();
    // a word written once has nothing elsewhere
    assertThat(flags.get(0)[1] & ~(0xff << DocumentClasses.SELF)).isZero();
  }

  @Test
  void the_name_bias_makes_every_step_into_o_dearer_by_that_many_typical_weights() {
    NerModel plain = new NerTrainer(SMALL, WordClasses.NONE, WordClusters.empty()).train(story(), null);
    NerModel biased = new NerTrainer(SMALL.withNameBias(2f), WordClasses.NONE, WordClusters.empty())
        .train(story(), null);
    int t = plain.tagCount();
    float cost = 2f * NerModel.scale(plain.transitions);
    for (int from = 0; from <= t; from++) {
      for (int to = 0; to < t; to++) {
        float expected = plain.transitions[from * t + to] - (to == 0 ? cost : 0f);
        assertThat(biased.transitions[from * t + to]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4f));
      }
    }
    assertThat(biased.weights).isEqualTo(plain.weights);
    assertThat(found(biased, "قال نادر الشامي إن الوضع في المنستير هادئ .")).contains("PERS نادر الشامي");
  }

  @Test
  void a_model_of_several_orders_is_the_mean_of_the_models_of_each_order() throws IOException {
    NerModel[] one = new NerModel[3];
    for (int k = 0; k < one.length; k++) {
      one[k] = new NerTrainer(SMALL.withSeed(SMALL.seed() + k), WordClasses.NONE, WordClusters.empty())
          .train(story(), null);
    }
    NerModel mean = new NerTrainer(SMALL.withOrders(3), WordClasses.NONE, WordClusters.empty()).train(story(), null);
    assertThat(one[1].weights).isNotEqualTo(one[0].weights);
    for (int i = 0; i < mean.weights.length; i++) {
      float expected = (one[0].weights[i] + one[1].weights[i] + one[2].weights[i]) / 3f;
      assertThat(mean.weights[i]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4f));
    }
    for (int i = 0; i < mean.transitions.length; i++) {
      float expected = (one[0].transitions[i] + one[1].transitions[i] + one[2].transitions[i]) / 3f;
      assertThat(mean.transitions[i]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4f));
    }
    assertThat(found(mean, "قال نادر الشامي إن الوضع في المنستير هادئ .")).contains("PERS نادر الشامي");
    NerModel again = new NerTrainer(SMALL.withOrders(3), WordClasses.NONE, WordClusters.empty()).train(story(), null);
    assertThat(bytes(again)).isEqualTo(bytes(mean));
  }

  @Test
  void a_model_with_letter_models_keeps_them_in_its_file_and_trains_the_same_twice() throws IOException {
    var outside = new NerTrainer.LetterWords(java.util.Set.of("مارتينيز", "لوبيز", "بيريز"),
        java.util.Set.of("وفد", "صباح", "يوم", "حكومه"), true);
    NerTrainer trainer = new NerTrainer(SMALL.withDocumentStage(true), WordClasses.NONE, WordClusters.empty(), outside);
    NerModel model = trainer.train(story(), null);
    // the models of all the data: the outside words and the training data's persons, places and untagged words
    assertThat(model.letters.isEmpty()).isFalse();
    assertThat(model.letters.sameAs(model.second.letters)).isTrue();
    assertThat(model.letters.sameAs(NameLetters.of(java.util.Set.of("مارتينيز"), java.util.Set.of("وفد")))).isFalse();
    byte[] file = bytes(model);
    NerModel read = NerModel.read(new ByteArrayInputStream(file));
    assertThat(read.letters.sameAs(model.letters)).isTrue();
    assertThat(bytes(read)).isEqualTo(file);
    assertThat(bytes(trainer.train(story(), null))).isEqualTo(file);
    assertThat(found(read, "قال نادر الشامي إن الوضع في المنستير هادئ .")).contains("PERS نادر الشامي");
    // a model trained without them reads no letter features
    assertThat(new NerTrainer(SMALL, WordClasses.NONE, WordClusters.empty()).train(story(), null).letters.isEmpty())
        .isTrue();
  }

  /** Flags {@code bits} on every word of the story's persons: a knowledge base that knows them all. */
  private static WordClasses knowing(int first, int later) {
    return words -> {
      java.util.Set<String> known = java.util.Set.of("سامر", "الحلبي", "رانيا", "قدورة", "جورج", "بيلسون", "منى",
          "الزعبي", "كريم", "بلحاج", "ليلى", "منصوري");
      int[] flags = new int[words.size()];
      for (int i = 0; i < flags.length; i++) {
        if (known.contains(words.get(i).text())) {
          flags[i] = i > 0 && known.contains(words.get(i - 1).text()) ? later : first;
        }
      }
      return flags;
    };
  }

  @Test
  void with_knowledge_base_dropout_of_one_the_model_never_sees_the_known_names() throws IOException {
    WordClasses names = knowing(WordClass.PERSON_FIRST.bit() | WordClass.PERSON_NAME_FIRST_WORD.bit(),
        WordClass.PERSON_INSIDE.bit());
    byte[] none = bytes(new NerTrainer(SMALL, WordClasses.NONE, WordClusters.empty()).train(story(), null));
    byte[] seen = bytes(new NerTrainer(SMALL, names, WordClusters.empty()).train(story(), null));
    byte[] dropped = bytes(new NerTrainer(SMALL.withKbDropout(1f), names, WordClusters.empty()).train(story(), null));
    assertThat(seen).isNotEqualTo(none);
    assertThat(dropped).isEqualTo(none);
    // a kind of word (an office, a given name) is no name the knowledge base holds: it stays
    WordClasses kinds = knowing(WordClass.GIVEN_NAME.bit(), WordClass.OFFICE.bit());
    assertThat(bytes(new NerTrainer(SMALL.withKbDropout(1f), kinds, WordClusters.empty()).train(story(), null)))
        .isEqualTo(bytes(new NerTrainer(SMALL, kinds, WordClusters.empty()).train(story(), null)))
        .isNotEqualTo(none);
  }

  @Test
  void knowledge_base_dropout_of_a_half_gives_the_same_file_twice_and_another_than_none_or_all() throws IOException {
    WordClasses names = knowing(WordClass.PERSON_FIRST.bit(), WordClass.PERSON_INSIDE.bit());
    NerTrainer.Options half = SMALL.withKbDropout(0.5f).withDocumentStage(true);
    byte[] once = bytes(new NerTrainer(half, names, WordClusters.empty()).train(story(), null));
    byte[] again = bytes(new NerTrainer(half, names, WordClusters.empty()).train(story(), null));
    assertThat(again).isEqualTo(once);
    assertThat(once)
        .isNotEqualTo(bytes(new NerTrainer(half.withKbDropout(0f), names, WordClusters.empty()).train(story(), null)))
        .isNotEqualTo(bytes(new NerTrainer(half.withKbDropout(1f), names, WordClusters.empty()).train(story(), null)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SMALL.withKbDropout(1.5f))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowledge_base_dropout_by_name_drops_each_known_name_on_its_own() throws IOException {
    WordClasses names = knowing(WordClass.PERSON_FIRST.bit(), WordClass.PERSON_INSIDE.bit());
    NerTrainer.Options byName = SMALL.withKbDropoutByName(true);
    byte[] none = bytes(new NerTrainer(SMALL, WordClasses.NONE, WordClusters.empty()).train(story(), null));
    // every name dropped: as if the knowledge base had never named them
    assertThat(bytes(new NerTrainer(byName.withKbDropout(1f), names, WordClusters.empty()).train(story(), null)))
        .isEqualTo(none);
    byte[] half = bytes(new NerTrainer(byName.withKbDropout(0.5f), names, WordClusters.empty()).train(story(), null));
    assertThat(bytes(new NerTrainer(byName.withKbDropout(0.5f), names, WordClusters.empty()).train(story(), null)))
        .isEqualTo(half);
    assertThat(half)
        .isNotEqualTo(none)
        .isNotEqualTo(bytes(new NerTrainer(SMALL.withKbDropout(0.5f), names, WordClusters.empty()).train(story(), null)))
        .isNotEqualTo(bytes(new NerTrainer(SMALL, names, WordClusters.empty()).train(story(), null)));
  }

  private static byte[] bytes(NerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  @Test
  void a_model_trained_on_a_slice_of_anercorp_finds_most_names_of_the_next_stories() throws IOException {
    Path train = SharedData.root().resolve("data/anercorp/train.tsv");
    List<Conll.Sentence> data = Conll.read(train);
    List<Conll.Sentence> slice = data.subList(0, 1200);
    List<Conll.Sentence> next = data.subList(1200, 1500);
    WordClasses kb = EntityRecognizer.wordClasses();
    NerModel model = new NerTrainer(new NerTrainer.Options(4, 18, 5, 1), kb, WordClusters.empty()).train(slice, null);
    NerScore score = NerTrainer.evaluate(model, next, kb);
    // measured 2026-12-05: micro F1 about 0.6 on these 300 sentences; a broken trainer or decoder
    // falls far below
    assertThat(score.microF1()).as(score.report()).isGreaterThan(0.5);
    assertThat(score.f1("LOC")).as(score.report()).isGreaterThan(0.6);
  }

  @Test
  void training_data_that_is_not_word_tab_tag_is_refused_with_its_line(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("bad.tsv");
    java.nio.file.Files.writeString(bad, "قال\tO\nسامر\tB-PERS\nالحلبي\tPERSON\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Conll.read(bad))
        .hasMessageContaining("bad.tsv:3");
  }
}
