package org.marsad.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.marsad.entities.EntityRecognizer;
import org.marsad.entities.ner.ArticleUse;
import org.marsad.entities.ner.ClusterLearner;
import org.marsad.entities.ner.Conll;
import org.marsad.entities.ner.LetterSources;
import org.marsad.entities.ner.NerModel;
import org.marsad.entities.ner.NerTrainer;
import org.marsad.entities.ner.WordClasses;
import org.marsad.entities.ner.WordClusters;
import org.marsad.text.Tokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train ner} and {@code marsad train events}: rebuild the trained models from their data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Rebuilds a trained model from its data.",
    subcommands = {TrainCommand.Ner.class, TrainEvents.class})
public final class TrainCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a model to train: marsad train ner --data DIR, marsad train events --data DIR");
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Trains the entity recogniser on DIR/train.tsv (word<TAB>BIO tag), prints its figures on"
          + " DIR/dev.tsv when present, and writes the model.")
  static final class Ner implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "folder with train.tsv (and dev.tsv)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources" + NerModel.RESOURCE,
        description = "where the model goes (default: ${DEFAULT-VALUE}, the shipped resource)")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "passes over the data (default: the recipe's)")
    Integer epochs;

    @Option(names = "--hide-below", paramLabel = "N", description = "in training, leave out the form of words seen N"
        + " times or fewer (default: the recipe's)")
    Integer hideBelow;

    @Option(names = "--bits", paramLabel = "N", description = "the model has 2^N weight rows (default: the recipe's)")
    Integer bits;

    @Option(names = "--name-bias", paramLabel = "X", description = "what a step into O costs more after training, in"
        + " typical weights: higher finds more names (default: the recipe's)")
    Float nameBias;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of the sentence orders (default: the recipe's)")
    Long seed;

    @Option(names = "--orders", paramLabel = "K", description = "each model is the mean of K models trained over the"
        + " sentences in K orders (default: the recipe's)")
    Integer orders;

    @Option(names = "--kb-dropout", paramLabel = "P", description = "in training, read each sentence without the"
        + " knowledge base's names with chance P, drawn at every visit (default: the recipe's)")
    Float kbDropout;

    @Option(names = "--kb-dropout-by-name", description = "draw --kb-dropout's chance for each name the knowledge"
        + " base marks, not for the whole sentence")
    boolean kbDropoutByName;

    @Option(names = "--no-document-stage", description = "learn the sentence model only")
    boolean noDocumentStage;

    @Option(names = "--unlabelled", paramLabel = "FILE", description = "unlabelled text the word clusters are"
        + " learned from, with the words of train.tsv: JSONL with a \"text\" field a line (as marsad analyze"
        + " reads it) or plain UTF-8 text; repeatable. Without it the model has no clusters.")
    List<Path> unlabelled = new ArrayList<>();

    @Option(names = "--letters", paramLabel = "MODE", defaultValue = "none", description = "letter models of names"
        + " against everyday words, read by the model in buckets of log-odds: none; outside (names: CLDR's regions and"
        + " cities, people.tsv, places.tsv, given-names.tsv; everyday words: the text of --unlabelled and --everyday);"
        + " folds (also the persons', places' and untagged words of train.tsv, each sentence scored by models without"
        + " its own fifth) (default: ${DEFAULT-VALUE})")
    String letters;

    @Option(names = "--article-use", description = "the model also reads how often the text of --unlabelled and"
        + " --everyday gives each stem the article (names seldom take it)")
    boolean articleUse;

    @Option(names = "--everyday", paramLabel = "FILE", description = "more unlabelled text for the letter models' everyday"
        + " words only (not the clusters): JSONL or CSV with a \"text\" field, or plain UTF-8 text; repeatable")
    List<Path> everyday = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", description = "only cross-validate: train on K-1 of K contiguous"
        + " parts of train.tsv, score on the part left out, for each part; print the pooled figures; write nothing")
    Integer folds;

    @Override
    public Integer call() throws IOException {
      Path trainFile = data.resolve("train.tsv");
      if (!Files.isRegularFile(trainFile)) {
        System.err.println("marsad train ner: " + trainFile + " is missing");
        return 2;
      }
      List<Conll.Sentence> train = Conll.read(trainFile);
      NerTrainer.Options options = NerTrainer.Options.standard();
      if (epochs != null) {
        options = options.withEpochs(epochs);
      }
      if (hideBelow != null) {
        options = options.withHideBelow(hideBelow);
      }
      if (bits != null) {
        options = options.withBits(bits);
      }
      if (nameBias != null) {
        options = options.withNameBias(nameBias);
      }
      if (seed != null) {
        options = options.withSeed(seed);
      }
      if (orders != null) {
        if (orders < 1) {
          System.err.println("marsad train ner: --orders must be 1 or more, not " + orders);
          return 2;
        }
        options = options.withOrders(orders);
      }
      if (kbDropout != null) {
        if (!(kbDropout >= 0f && kbDropout <= 1f)) {
          System.err.println("marsad train ner: --kb-dropout is a chance from 0 to 1, not " + kbDropout);
          return 2;
        }
        options = options.withKbDropout(kbDropout);
      }
      if (kbDropoutByName) {
        options = options.withKbDropoutByName(true);
      }
      if (noDocumentStage) {
        options = options.withDocumentStage(false);
      }
      WordClasses classes = EntityRecognizer.wordClasses();
      WordClusters clusters = clusters(train);
      NerTrainer.LetterWords letterWords;
      switch (letters) {
        case "none" -> letterWords = articleUse ? new NerTrainer.LetterWords(Set.of(), Set.of(),
            false, articleUse()) : null;
        case "outside", "folds" -> {
          NerTrainer.LetterWords w = letterWords(letters.equals("folds"));
          letterWords = new NerTrainer.LetterWords(w.names(), w.everyday(), w.withTrain(),
              articleUse ? articleUse() : ArticleUse.empty());
        }
        default -> {
          System.err.println("marsad train ner: --letters is none, outside or folds, not " + letters);
          return 2;
        }
      }
      if (folds != null) {
        NerTrainer trainer = new NerTrainer(options, classes, clusters, letterWords);
        System.out.print(trainer.crossValidate(train, folds, System.err::println).report());
        return 0;
      }
      long t0 = System.nanoTime();
      NerModel model = new NerTrainer(options, classes, clusters, letterWords)
          .train(train, System.err::println);
      System.out.printf(Locale.ROOT, "trained on %d sentences in %.1f s%n", train.size(),
          (System.nanoTime() - t0) / 1e9);
      Path devFile = data.resolve("dev.tsv");
      if (Files.isRegularFile(devFile)) {
        System.out.println("dev (" + devFile + "), the model alone:");
        System.out.print(NerTrainer.evaluate(model, Conll.read(devFile), classes).report());
      }
      Path parent = out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = parent.resolve(out.getFileName() + ".tmp");
      try (OutputStream o = Files.newOutputStream(tmp)) {
        model.write(o);
      }
      Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      System.out.printf(Locale.ROOT, "model written to %s (%.1f MB)%n", out, Files.size(out) / 1e6);
      return 0;
    }

    /** Word clusters learned from {@link #unlabelled} and the words of the training data; none without it. */
    private WordClusters clusters(List<Conll.Sentence> train) throws IOException {
      if (unlabelled.isEmpty()) {
        return WordClusters.empty();
      }
      long t0 = System.nanoTime();
      ClusterLearner learner = new ClusterLearner();
      for (Conll.Sentence s : train) {
        learner.addWords(s.words());
      }
      for (Path file : unlabelled) {
        for (String text : texts(file)) {
          learner.add(Tokenizer.tokenize(text));
        }
      }
      WordClusters clusters = learner.learn();
      System.out.printf(Locale.ROOT, "clustered %d words in %.1f s%n", clusters.size(), (System.nanoTime() - t0) / 1e9);
      return clusters;
    }

    /** The words the letter models learn from outside train.tsv: the names CLDR and the knowledge base know, the words of the unlabelled text. */
    private NerTrainer.LetterWords letterWords(boolean withTrain) throws IOException {
      TreeSet<String> names = LetterSources.knownNames();
      TreeSet<String> words = new TreeSet<>();
      List<Path> files = new ArrayList<>(unlabelled);
      files.addAll(everyday);
      for (Path file : files) {
        for (String text : texts(file)) {
          LetterSources.addWords(text, words);
        }
      }
      System.out.printf(Locale.ROOT, "letter models: %d name words, %d everyday words from outside train.tsv%n",
          names.size(), words.size());
      return new NerTrainer.LetterWords(names, words, withTrain);
    }

    /** How often the unlabelled text gives each stem the article. */
    private ArticleUse articleUse() throws IOException {
      var counter = new ArticleUse.Counter();
      List<Path> files = new ArrayList<>(unlabelled);
      files.addAll(everyday);
      for (Path file : files) {
        for (String text : texts(file)) {
          counter.add(Tokenizer.tokenize(text));
        }
      }
      var use = counter.done();
      System.out.printf(Locale.ROOT, "article use of %d stems%n", use.size());
      return use;
    }

    /** The texts of a file: the "text" field of each line of JSONL or row of CSV, or each line of plain text. */
    private static List<String> texts(Path file) throws IOException {
      List<String> out = new ArrayList<>();
      String name = file.getFileName().toString();
      if (name.endsWith(".csv")) {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
          while (it.hasNext()) {
            out.add(it.next().getOrDefault("text", ""));
          }
        }
        return out;
      }
      ObjectMapper json = new ObjectMapper();
      try (var lines = Files.lines(file)) {
        for (String line : (Iterable<String>) lines::iterator) {
          if (!name.endsWith(".jsonl")) {
            out.add(line);
          } else if (!line.isBlank()) {
            out.add(json.readTree(line).path("text").asText(""));
          }
        }
      }
      return out;
    }
  }
}
