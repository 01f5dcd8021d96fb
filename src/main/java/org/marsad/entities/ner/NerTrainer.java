package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.marsad.text.Token;

/**
 * Learns a {@link NerModel} from tagged sentences as an averaged structured perceptron
 * (Collins, "Discriminative Training Methods for Hidden Markov Models", EMNLP 2002): each
 * sentence is decoded with the current weights, and where the best sequence differs from the
 * gold one, the gold tags' features gain one and the wrong tags' lose one; the model keeps the
 * weights averaged over every step. Sentences are visited in an order drawn from a fixed
 * seed, so the same data and options give the same model, byte for byte. How well such a model
 * does depends on the order more than one would like (dev micro 0.737 to 0.751 over five seeds),
 * so each model can be the mean of several, each trained over another order
 * ({@link Options#orders}): one model file still, and no cost when reading.
 */
public final class NerTrainer {

  /**
   * {@code epochs}: passes over the data; {@code bits}: the model has 2^bits weight rows;
   * {@code hideBelow}: in training, words seen this often or less lose their own form;
   * {@code documentStage}: learn a second model that reads what the first found in the whole
   * document ({@link DocumentClasses}); {@code nameBias}: after training, every step into O costs
   * this many of the model's typical weights ({@link NerModel#scale}) more, so that a word the
   * model hesitates over goes to a name (the perceptron finds names with a precision well above
   * its recall: dev, the model alone, micro 0.714 -> 0.720 at 1; the layer 0.716 -> 0.718);
   * {@code orders}: each model is the mean of this many models, each trained over the sentences
   * in another order (seeds {@code seed}, {@code seed + 1}, ...), so that the model depends less
   * on the luck of one order; {@code kbDropout}: in training, each visit of a sentence reads it without
   * the knowledge base's names ({@link WordClass#KNOWN_NAMES}) with this chance, so that the model also
   * learns to find the names the knowledge base lacks by their context and letters (never when reading);
   * {@code kbDropoutByName}: the chance is drawn for each known name (a run of words the knowledge base
   * marks) instead of for the whole sentence, so that one sentence holds known and unknown names, as
   * unseen text does.
   */
  public record Options(int epochs, int bits, long seed, int hideBelow, boolean documentStage, float nameBias,
      int orders, float kbDropout, boolean kbDropoutByName) {

    public Options {
      if (orders < 1) {
        throw new IllegalArgumentException("orders must be at least 1: " + orders);
      }
      if (!(kbDropout >= 0f && kbDropout <= 1f)) {
        throw new IllegalArgumentException("kbDropout is a chance, from 0 to 1: " + kbDropout);
      }
    }

    public Options(int epochs, int bits, long seed, int hideBelow) {
      this(epochs, bits, seed, hideBelow, false, 0f, 1, 0f, false);
    }

    public static Options standard() {
      return new Options(8, 18, 11, 2, true, 1f, 4, 0f, false);
    }

    public Options withDocumentStage(boolean on) {
      return new Options(epochs, bits, seed, hideBelow, on, nameBias, orders, kbDropout, kbDropoutByName);
    }

    public Options withEpochs(int n) {
      return new Options(n, bits, seed, hideBelow, documentStage, nameBias, orders, kbDropout, kbDropoutByName);
    }

    public Options withHideBelow(int n) {
      return new Options(epochs, bits, seed, n, documentStage, nameBias, orders, kbDropout, kbDropoutByName);
    }

    public Options withBits(int n) {
      return new Options(epochs, n, seed, hideBelow, documentStage, nameBias, orders, kbDropout, kbDropoutByName);
    }

    public Options withNameBias(float bias) {
      return new Options(epochs, bits, seed, hideBelow, documentStage, bias, orders, kbDropout, kbDropoutByName);
    }

    public Options withSeed(long s) {
      return new Options(epochs, bits, s, hideBelow, documentStage, nameBias, orders, kbDropout, kbDropoutByName);
    }

    public Options withOrders(int k) {
      return new Options(epochs, bits, seed, hideBelow, documentStage, nameBias, k, kbDropout, kbDropoutByName);
    }

    public Options withKbDropout(float p) {
      return new Options(epochs, bits, seed, hideBelow, documentStage, nameBias, orders, p, kbDropoutByName);
    }

    public Options withKbDropoutByName(boolean byName) {
      return new Options(epochs, bits, seed, hideBelow, documentStage, nameBias, orders, kbDropout, byName);
    }
  }

  /**
   * The words the letter models ({@link NameLetters}) learn from outside the training data:
   * {@code names} and {@code everyday} words, each a normalised stem; with {@code withTrain},
   * also the persons' and places' words and the untagged words of the training data, each
   * sentence read with models built without its own fifth of the data, so that a word's own
   * occurrence never makes its score (the model then reads unseen text with models of all of it).
   */
  public record LetterWords(java.util.Set<String> names, java.util.Set<String> everyday, boolean withTrain,
      ArticleUse articles) {

    public LetterWords(java.util.Set<String> names, java.util.Set<String> everyday, boolean withTrain) {
      this(names, everyday, withTrain, ArticleUse.empty());
    }
  }

  private final Options options;
  private final WordClasses classes;
  private final WordClusters clusters;
  /** Null for a model without letter models. */
  private final LetterWords letterWords;

  public NerTrainer(Options options, WordClasses classes, WordClusters clusters) {
    this(options, classes, clusters, null);
  }

  public NerTrainer(Options options, WordClasses classes, WordClusters clusters, LetterWords letterWords) {
    this.options = options;
    this.classes = classes;
    this.clusters = clusters;
    this.letterWords = letterWords;
  }

  /**
   * The letter models a training run reads: {@code all} for the models that read unseen text,
   * {@code part} for the sentences of each fifth of the training data (as the document stage cuts it), learned
   * without that fifth; the same models for every sentence when the training data adds no words.
   */
  private record Letters(NameLetters all, NameLetters[] part, java.util.IdentityHashMap<Conll.Sentence, Integer> parts) {

    NameLetters of(Conll.Sentence s) {
      Integer p = parts.get(s);
      return p == null ? all : part[p];
    }
  }

  private ArticleUse articles() {
    return letterWords == null ? ArticleUse.empty() : letterWords.articles();
  }

  private Letters letters(List<Conll.Sentence> data) {
    var parts = new java.util.IdentityHashMap<Conll.Sentence, Integer>();
    if (letterWords == null) {
      return new Letters(NameLetters.empty(), new NameLetters[0], parts);
    }
    if (!letterWords.withTrain() || letterWords.names().isEmpty()) {
      return new Letters(NameLetters.of(letterWords.names(), letterWords.everyday()), new NameLetters[0], parts);
    }
    List<java.util.Set<String>> names = new ArrayList<>();
    List<java.util.Set<String>> everyday = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      names.add(new java.util.HashSet<>());
      everyday.add(new java.util.HashSet<>());
    }
    for (int i = 0, f = 0; i < data.size(); i++) {
      while (i >= data.size() * (f + 1) / FOLDS) {
        f++; // the parts of the document stage's first readings
      }
      Conll.Sentence s = data.get(i);
      parts.put(s, f);
      List<Token> tokens = Sentences.tokens(s.words());
      for (int j = 0; j < tokens.size(); j++) {
        Token t = tokens.get(j);
        String tag = s.tags().get(j);
        if (t.kind() != Token.Kind.ARABIC) {
          continue;
        }
        String stem = NerFeatures.stem(t.norm());
        if (tag.equals("O")) {
          everyday.get(f).add(stem);
        } else if (tag.endsWith("-PERS") || tag.endsWith("-LOC")) {
          names.get(f).add(stem);
        }
      }
    }
    NameLetters[] part = new NameLetters[FOLDS];
    for (int f = 0; f <= FOLDS; f++) {
      java.util.Set<String> n = new java.util.HashSet<>(letterWords.names());
      java.util.Set<String> e = new java.util.HashSet<>(letterWords.everyday());
      for (int g = 0; g < FOLDS; g++) {
        if (g != f) {
          n.addAll(names.get(g));
          e.addAll(everyday.get(g));
        }
      }
      NameLetters m = NameLetters.of(n, e);
      if (f < FOLDS) {
        part[f] = m;
      } else {
        return new Letters(m, part, parts);
      }
    }
    throw new AssertionError();
  }

  /** The BIO tags of the data: O, then B- and I- of each type in alphabetical order. */
  static String[] tagSet(List<Conll.Sentence> data) {
    TreeSet<String> types = new TreeSet<>();
    for (Conll.Sentence s : data) {
      for (String t : s.tags()) {
        if (!t.equals("O")) {
          types.add(t.substring(2));
        }
      }
    }
    List<String> tags = new ArrayList<>(List.of("O"));
    for (String type : types) {
      tags.add("B-" + type);
      tags.add("I-" + type);
    }
    return tags.toArray(String[]::new);
  }

  /**
   * A sentence ready to learn from: its feature rows per word, the same without the knowledge base's
   * names (null where it names nothing in the sentence or without dropout), its gold tags, and its words
   * where the dropout is drawn name by name (else null).
   */
  private record Example(int[][] rows, int[][] withoutKnown, int[] gold, NerFeatures.Words words) {}

  /**
   * The rows one visit of {@code ex} reads: without the known names with the chance of
   * {@link Options#kbDropout}, drawn for the sentence or, with {@link Options#kbDropoutByName}, for
   * each run of words the knowledge base marks as in a name.
   */
  private int[][] rows(NerModel shape, Example ex, Random random) {
    float p = options.kbDropout();
    if (p == 0f) {
      return ex.rows();
    }
    if (!options.kbDropoutByName()) {
      boolean drop = random.nextFloat() < p; // drawn for every sentence, so that the draws do not hang on the knowledge base
      return drop && ex.withoutKnown() != null ? ex.withoutKnown() : ex.rows();
    }
    if (ex.withoutKnown() == null) {
      return ex.rows();
    }
    int[] flags = ex.words().classes.clone();
    boolean dropped = false;
    for (int i = 0; i < flags.length; ) {
      if ((flags[i] & WordClass.KNOWN_NAMES) == 0) {
        i++;
        continue;
      }
      int end = i;
      while (end < flags.length && (flags[end] & WordClass.KNOWN_NAMES) != 0) {
        end++;
      }
      if (random.nextFloat() < p) {
        dropped = true;
        for (int j = i; j < end; j++) {
          flags[j] &= ~WordClass.KNOWN_NAMES;
        }
      }
      i = end;
    }
    return dropped ? rows(shape, ex.words().withClasses(flags)) : ex.rows();
  }

  /**
   * Training data is read as documents of this many sentences in a row, as the ANERcorp
   * scorer ({@code ../shared/eval/anercorp.py}) joins them: the corpus marks no story's end.
   */
  static final int DOCUMENT = 20;
  /** The first reading of the training data, for the document stage to learn from, comes from this many models each trained without a part. */
  private static final int FOLDS = 5;

  /**
   * The model of the data: the sentence model and, with {@link Options#documentStage}, the
   * document stage, learned from first readings of the training documents by models that did
   * not see them (so that it learns how far a first reading of unseen text can be trusted).
   */
  public NerModel train(List<Conll.Sentence> data, Consumer<String> log) {
    Letters letters = letters(data);
    NerModel first = train(data, null, letters, letters.all(), log);
    if (!options.documentStage()) {
      return biased(first);
    }
    List<List<NerModel.Name>> read = new ArrayList<>(data.size());
    for (int f = 0; f < FOLDS; f++) {
      int from = data.size() * f / FOLDS;
      int to = data.size() * (f + 1) / FOLDS;
      List<Conll.Sentence> rest = new ArrayList<>(data.subList(0, from));
      rest.addAll(data.subList(to, data.size()));
      NerModel m = train(rest, null, letters, letters.part().length > 0 ? letters.part()[f] : letters.all(), null);
      for (Conll.Sentence s : data.subList(from, to)) {
        List<Token> tokens = Sentences.tokens(s.words());
        read.add(m.names(tokens, classes.of(tokens)));
      }
      if (log != null) {
        log.accept("first reading of part " + (f + 1) + " of " + FOLDS);
      }
    }
    List<int[]> more = new ArrayList<>(data.size());
    for (int d = 0; d < data.size(); d += DOCUMENT) {
      int end = Math.min(data.size(), d + DOCUMENT);
      List<List<Token>> doc = new ArrayList<>();
      for (Conll.Sentence s : data.subList(d, end)) {
        doc.add(Sentences.tokens(s.words()));
      }
      more.addAll(DocumentClasses.of(doc, read.subList(d, end), first.tags));
    }
    return biased(first).withSecond(biased(train(data, more, letters, letters.all(), log)));
  }

  /**
   * A model of {@code data}, reading {@code more} flags (one array per sentence) where not null,
   * each sentence's letters read by {@code letters}, unseen text by {@code own}.
   */
  private NerModel train(List<Conll.Sentence> data, List<int[]> more, Letters letters, NameLetters own,
      Consumer<String> log) {
    String[] tags = tagSet(data);
    int t = tags.length;
    int bits = options.bits();
    NerModel shape = new NerModel(tags, bits, new float[t], new float[(t + 1) * t], clusters, own, articles());
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (Conll.Sentence s : data) {
      for (String word : s.words()) {
        counts.merge(org.marsad.text.ArabicNormalizer.normalize(word), 1, Integer::sum);
      }
    }
    List<Example> examples = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      examples.add(example(shape, data.get(i), more == null ? null : more.get(i), letters.of(data.get(i)), tags,
          counts));
    }
    int rows = 1 << bits;
    float[] weights = new float[rows * t];
    float[] trans = new float[(t + 1) * t];
    double[] sum = new double[rows * t];
    double[] tsum = new double[(t + 1) * t];
    for (int k = 0; k < options.orders(); k++) {
      learn(shape, examples, tags, rows, options.seed() + k, log, sum, tsum);
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) (sum[i] / options.orders());
    }
    for (int i = 0; i < trans.length; i++) {
      trans[i] = (float) (tsum[i] / options.orders());
    }
    return new NerModel(tags, bits, weights, trans, clusters, own, articles());
  }

  /**
   * One averaged perceptron over {@code examples}, visited in an order drawn from {@code seed}:
   * its averaged weights added to {@code sum}, its averaged transitions to {@code tsum}.
   */
  private void learn(NerModel shape, List<Example> examples, String[] tags, int rows, long seed, Consumer<String> log,
      double[] sum, double[] tsum) {
    int t = tags.length;
    int[] w = new int[rows * t];
    long[] acc = new long[rows * t];
    int[] tw = new int[(t + 1) * t];
    long[] tacc = new long[(t + 1) * t];
    boolean[] allowed = NerModel.allowed(tags);
    long c = 1;
    Random random = new Random(seed);
    // a stream of its own, so that the dropout leaves the orders as they are
    Random dropout = new Random(seed ^ 0x5DEECE66DL * 31);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    float[] transitions = new float[(t + 1) * t];
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      shuffle(order, random);
      int wrong = 0;
      int words = 0;
      for (int idx : order) {
        Example ex = examples.get(idx);
        int[][] seen = rows(shape, ex, dropout);
        int n = ex.gold().length;
        float[] emit = new float[n * t];
        for (int i = 0; i < n; i++) {
          for (int row : seen[i]) {
            int base = row * t;
            for (int y = 0; y < t; y++) {
              emit[i * t + y] += w[base + y];
            }
          }
        }
        for (int i = 0; i < tw.length; i++) {
          transitions[i] = tw[i];
        }
        int[] pred = NerModel.viterbi(emit, n, t, NerModel.masked(transitions, allowed), null);
        int[] gold = ex.gold();
        words += n;
        for (int i = 0; i < n; i++) {
          int prevGold = i == 0 ? t : gold[i - 1];
          int prevPred = i == 0 ? t : pred[i - 1];
          if (pred[i] != gold[i]) {
            wrong++;
            for (int row : seen[i]) {
              w[row * t + gold[i]]++;
              acc[row * t + gold[i]] += c;
              w[row * t + pred[i]]--;
              acc[row * t + pred[i]] -= c;
            }
          }
          if (pred[i] != gold[i] || prevGold != prevPred) {
            tw[prevGold * t + gold[i]]++;
            tacc[prevGold * t + gold[i]] += c;
            tw[prevPred * t + pred[i]]--;
            tacc[prevPred * t + pred[i]] -= c;
          }
        }
        c++;
      }
      if (log != null) {
        log.accept(String.format(java.util.Locale.ROOT, "order %d, epoch %d: %.2f%% of training words mistagged",
            seed - options.seed() + 1, epoch, 100.0 * wrong / Math.max(1, words)));
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] += w[i] - acc[i] / (double) c;
    }
    for (int i = 0; i < tsum.length; i++) {
      tsum[i] += tw[i] - tacc[i] / (double) c;
    }
  }


  /**
   * {@code model} with every step into O (tag 0), from each tag and from the start, dearer by
   * {@link Options#nameBias}. Only the models that ship are biased: the first readings the
   * document stage learns from are the plain models' (a bias there made dev no better).
   */
  private NerModel biased(NerModel model) {
    if (options.nameBias() == 0f) {
      return model;
    }
    int t = model.tags.length;
    float[] trans = model.transitions.clone();
    float cost = options.nameBias() * NerModel.scale(trans);
    for (int from = 0; from <= t; from++) {
      trans[from * t] -= cost;
    }
    return new NerModel(model.tags, model.bits, model.weights, trans, model.clusters, model.letters, model.articles);
  }

  private Example example(NerModel model, Conll.Sentence s, int[] more, NameLetters letters, String[] tags,
      java.util.Map<String, Integer> counts) {
    List<Token> tokens = Sentences.tokens(s.words());
    int[] flags = classes.of(tokens);
    if (more != null) {
      for (int i = 0; i < flags.length; i++) {
        flags[i] |= more[i];
      }
    }
    NerFeatures.Words words = model.features().read(tokens, flags);
    for (int i = 0; i < words.n; i++) {
      words.hidden[i] = counts.getOrDefault(words.norm[i], 0) <= options.hideBelow();
      if (words.letters[i] != NameLetters.NONE && letters != model.letters) {
        words.letters[i] = letters.bucket(words.stems[i]);
      }
    }
    int[][] rows = rows(model, words);
    int[][] withoutKnown = null;
    if (options.kbDropout() > 0f && java.util.Arrays.stream(flags).anyMatch(f -> (f & WordClass.KNOWN_NAMES) != 0)) {
      int[] kept = flags.clone();
      for (int i = 0; i < kept.length; i++) {
        kept[i] &= ~WordClass.KNOWN_NAMES;
      }
      withoutKnown = rows(model, words.withClasses(kept));
    }
    int[] gold = new int[s.size()];
    for (int i = 0; i < s.size(); i++) {
      String tag = s.tags().get(i);
      // an I-X that continues no X begins a name, as seqeval reads it: learn it as B-X
      if (tag.startsWith("I-") && !NerModel.follows(i == 0 ? "O" : s.tags().get(i - 1), tag)) {
        tag = "B-" + tag.substring(2);
      }
      gold[i] = indexOf(tags, tag);
    }
    return new Example(rows, withoutKnown, gold, options.kbDropoutByName() ? words : null);
  }

  /** The weight rows of each word's features. */
  private int[][] rows(NerModel model, NerFeatures.Words words) {
    long[] buf = new long[NerFeatures.MAX];
    int shift = 64 - options.bits();
    int[][] rows = new int[words.n][];
    for (int i = 0; i < words.n; i++) {
      int k = model.features().features(words, i, buf);
      rows[i] = new int[k];
      for (int f = 0; f < k; f++) {
        rows[i][f] = (int) (buf[f] >>> shift);
      }
    }
    return rows;
  }

  private static int indexOf(String[] tags, String tag) {
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].equals(tag)) {
        return i;
      }
    }
    throw new IllegalArgumentException("tag " + tag + " is not in the tag set");
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
  }

  /**
   * Cross-validation: the data cut into {@code k} contiguous parts (news stories stay whole);
   * for each, a model trained on the others is scored on it; the scores pooled.
   */
  public NerScore crossValidate(List<Conll.Sentence> data, int k, Consumer<String> log) {
    NerScore pooled = new NerScore();
    for (int f = 0; f < k; f++) {
      int from = data.size() * f / k;
      int to = data.size() * (f + 1) / k;
      List<Conll.Sentence> train = new ArrayList<>(data.subList(0, from));
      train.addAll(data.subList(to, data.size()));
      NerModel model = train(train, null);
      NerScore part = evaluate(model, data.subList(from, to), classes);
      if (log != null) {
        log.accept(String.format(java.util.Locale.ROOT, "fold %d: micro F1 %.3f", f + 1, part.microF1()));
      }
      pooled.addAll(part);
    }
    return pooled;
  }

  /** The score of {@code model} on tagged sentences, read as documents of {@link #DOCUMENT} sentences. */
  public static NerScore evaluate(NerModel model, List<Conll.Sentence> data, WordClasses classes) {
    NerScore score = new NerScore();
    for (int d = 0; d < data.size(); d += DOCUMENT) {
      List<Conll.Sentence> doc = data.subList(d, Math.min(data.size(), d + DOCUMENT));
      List<List<Token>> tokens = new ArrayList<>();
      List<int[]> flags = new ArrayList<>();
      for (Conll.Sentence s : doc) {
        List<Token> t = Sentences.tokens(s.words());
        tokens.add(t);
        flags.add(classes.of(t));
      }
      List<List<NerModel.Name>> found = model.names(tokens, flags);
      for (int i = 0; i < doc.size(); i++) {
        score.add(NerModel.names(doc.get(i).tags()), found.get(i));
      }
    }
    return score;
  }
}
