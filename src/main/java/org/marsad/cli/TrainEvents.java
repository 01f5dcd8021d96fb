package org.marsad.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.marsad.doc.Article;
import org.marsad.entities.EntityRecognizer;
import org.marsad.events.EventCoder;
import org.marsad.events.ReportFilter;
import org.marsad.events.ReportModel;
import org.marsad.events.ReportTrainer;
import org.marsad.ingest.Cleaner;
import org.marsad.ingest.Given;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.quotes.QuoteExtractor;
import org.marsad.time.TimexTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train events}: learns the report filter of attacks and protests
 * ({@link ReportFilter}) from the Arabic PLOVER gold standard: each sentence is analysed alone,
 * as {@code gsr.py} does, with the rules and no filter; each attack or protest the rules code is
 * an example, labelled with the annotators' verdict ("yes" against "easy no" and "difficult no";
 * "ambiguous" is left out). Prints the rules' figures, the cross-validated figures of the filter
 * (folds by article, several shuffles) and the in-sample figures, and writes the model.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Trains the filter of reported attacks and protests on DIR/assault_gsr_dev.csv and"
        + " DIR/protest_gsr_dev.csv (the Arabic PLOVER gold standard), cross-validates it and writes the model.")
final class TrainEvents implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, String> FILES = Map.of("ASSAULT", "assault_gsr_dev.csv",
      "PROTEST", "protest_gsr_dev.csv");

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "folder of the gold standard's CSV files")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources" + ReportModel.RESOURCE,
      description = "where the model goes (default: ${DEFAULT-VALUE}, the shipped resource)")
  Path out;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "10", description = "cross-validation folds, by article"
      + " (default: ${DEFAULT-VALUE}; 0 for none)")
  int folds;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "5", description = "shuffles of the articles into folds,"
      + " seeds 1 to N (default: ${DEFAULT-VALUE})")
  int seeds;

  @Option(names = "--limit", paramLabel = "N", description = "read only the first N sentences of each file")
  Integer limit;

  @Option(names = "--l2", paramLabel = "X", description = "the L2 penalty (default: the recipe's)")
  Double l2;

  @Option(names = "--keep-above", paramLabel = "P", description = "keep an act whose probability of being reported"
      + " is above P (default: the recipe's)")
  Double keepAbove;

  @Option(names = "--grid", description = "print the mean cross-validated F1 of a grid of L2 penalties and"
      + " thresholds; write no model")
  boolean grid;

  @Option(names = "--fixed", negatable = false, description = "train with the given (or the recipe's) L2 penalty"
      + " and threshold; by default they are selected by an inner cross-validation on the training rows")
  boolean fixed;

  @Option(names = "--ablate", paramLabel = "PREFIXES", description = "with --grid: sets of feature prefixes to leave"
      + " out, sets split by ';', prefixes by ','")
  String ablate;

  @Option(names = "--hard", negatable = false, description = "learn from the verdicts alone (yes against no), not from"
      + " the share of annotators who accepted each sentence, and leave out the ambiguous ones")
  boolean hard;

  @Option(names = "--cv-only", description = "measure only; write no model")
  boolean cvOnly;

  @Option(names = "--register", negatable = false, description = "learn also from the register of the whole sentence"
      + " (features reg:) and from the sentences that name an attack or a protest the rules did not code; a study:"
      + " without it the model is the shipped recipe's")
  boolean register;

  @Option(names = "--dump", paramLabel = "FILE", description = "write each sentence's row (id, type, verdict, the"
      + " annotators' share, the features of each act the rules coded) as a JSON line to FILE, for study; write no model")
  Path dump;

  @Option(names = "--judge", paramLabel = "TYPES", defaultValue = "auto", description = "the types the written model"
      + " judges: auto (each type whose cross-validated F1 beats the rules alone; none without --folds), a comma list"
      + " (PROTEST) or none (default: ${DEFAULT-VALUE})")
  String judge;

  @Override
  public Integer call() throws IOException {
    boolean soft = !hard;
    List<ReportTrainer.Row> rows = new ArrayList<>();
    List<ReportFilter.Candidate> recorded = new ArrayList<>();
    List<String> dumped = new ArrayList<>();
    Pipeline pipeline = new Pipeline(new Cleaner(Cleaner.MAX_TEXT), new TimexTagger(), new EntityRecognizer(),
        new QuoteExtractor(), new EventCoder(ReportFilter.recording(recorded::add)));
    long t0 = System.nanoTime();
    for (String type : List.of("ASSAULT", "PROTEST")) {
      Path file = data.resolve(FILES.get(type));
      if (!Files.isRegularFile(file)) {
        System.err.println("marsad train events: " + file + " is missing");
        return 2;
      }
      int n = 0;
      for (Map<String, String> r : read(file)) {
        if (limit != null && n >= limit) {
          break;
        }
        n++;
        String label = r.getOrDefault("label", "");
        boolean scored = !label.equals("ambiguous");
        if (!scored && !soft) {
          continue;
        }
        String id = r.getOrDefault("id", "");
        recorded.clear();
        Article a = pipeline.analyze(new RawArticle("gsr:" + id, r.getOrDefault("text", ""), Given.NONE));
        long coded = a.events().stream().filter(e -> e.type().equals(type)).count();
        List<List<String>> candidates = new ArrayList<>();
        List<List<String>> mentions = new ArrayList<>();
        int filtered = 0;
        for (ReportFilter.Candidate c : recorded) {
          if (c.type().equals(type)) {
            if (c.events() > 0) {
              candidates.add(c.features());
            } else if (mentions.isEmpty()) { // one mention a sentence, however the reader cut it
              mentions.add(c.features());
            }
            filtered += c.events();
          }
        }
        boolean gold = label.equals("yes");
        rows.add(new ReportTrainer.Row(article(id), type, gold, candidates, coded > filtered,
            soft ? share(r, gold) : gold ? 1 : 0, scored, mentions));
        if (dump != null) {
          dumped.add(JSON.writeValueAsString(Map.of("id", id, "type", type, "label", label, "group", article(id),
              "share", share(r, gold), "fixed", coded > filtered, "candidates", candidates, "mentions", mentions,
              "text", r.getOrDefault("text", ""))));
        }
      }
    }
    System.out.printf(Locale.ROOT, "read %d sentences in %.0f s%n", rows.size(), (System.nanoTime() - t0) / 1e9);
    if (dump != null) {
      Files.write(dump, dumped, StandardCharsets.UTF_8);
      return 0;
    }
    ReportTrainer.Options options = ReportTrainer.Options.standard();
    if (l2 != null) {
      options = options.withL2(l2);
    }
    if (keepAbove != null) {
      options = options.withKeepAbove(keepAbove);
    }
    boolean select = !fixed && l2 == null && keepAbove == null;
    if (!register) { // the shipped recipe: the register is recorded, not learned from
      rows = without(rows, List.of("reg:")).stream().map(r -> new ReportTrainer.Row(r.group(), r.type(), r.gold(),
          r.candidates(), r.fixed(), r.target(), r.scored(), List.of())).toList();
    }
    if (grid) {
      for (String set : (ablate == null ? "" : ablate).split(";", -1)) {
        List<String> prefixes = Arrays.stream(set.split(",")).filter(x -> !x.isBlank()).toList();
        System.out.println("without " + prefixes + ":");
        grid(without(rows, prefixes), options);
      }
      return 0;
    }
    if (ablate != null) {
      rows = without(rows, Arrays.stream(ablate.split(",")).filter(x -> !x.isBlank()).toList());
    }
    Map<String, ReportTrainer.Counts> rules = ReportTrainer.byRules(rows);
    print("rules alone", rules);
    Set<String> judged = new TreeSet<>();
    if (folds > 1) {
      Map<String, double[]> f1 = new TreeMap<>();
      for (int seed = 1; seed <= seeds; seed++) {
        Map<String, ReportTrainer.Counts> cv = ReportTrainer.crossValidate(rows, folds, seed, options, select);
        print(folds + "-fold CV by article, seed " + seed + (select ? ", settings selected inside each fold" : ""), cv);
        for (var e : cv.entrySet()) {
          f1.computeIfAbsent(e.getKey(), k -> new double[seeds])[seed - 1] = e.getValue().f1();
        }
      }
      for (var e : f1.entrySet()) {
        double[] v = e.getValue();
        double mean = Arrays.stream(v).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.length - 1));
        double byRules = rules.get(e.getKey()).f1();
        System.out.printf(Locale.ROOT, "CV F1 %-8s mean %.3f, sd %.3f, min %.3f, max %.3f over %d seeds; rules alone %.3f:"
            + " %s%n", e.getKey(), mean, sd, Arrays.stream(v).min().orElse(0),
            Arrays.stream(v).max().orElse(0), v.length, byRules,
            mean > byRules ? "the filter judges it" : "left to the rules");
        if (mean > byRules) {
          judged.add(e.getKey());
        }
      }
    }
    if (select) {
      options = ReportTrainer.select(rows, options);
      System.out.printf(Locale.ROOT, "selected on all rows: L2 %s, keep above %s%n", options.l2(), options.keepAbove());
    }
    Set<String> written = chosen(judged);
    ReportModel model = ReportTrainer.train(ReportTrainer.examples(rows), options).judging(written);
    print("in-sample (the model judged on the sentences it learned from: not a measure)",
        ReportTrainer.byFilter(rows, model));
    if (cvOnly) {
      return 0;
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve(out.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      model.write(w, List.of(
          "The weights of the report filter of attacks and protests (org.marsad.events.ReportFilter): a logistic",
          "regression over the features of ReportFeatures, one feature and its weight a line. Learned from the",
          "Arabic PLOVER gold standard, dev half (github.com/openeventdata/arabic_event_gsr, Open Event Data",
          "Alliance, MIT licence); each example weighted by the share of annotators who accepted its sentence.",
          "A type is judged (a judges=TYPE line) only where --judge names it; the acts of the other types are",
          "left to the rules. This one judges " + (written.isEmpty() ? "none" : String.join(", ", written))
              + " (see README, \"The report filter\"). Rebuilt, byte for byte, by:",
          "  ./marsad train events --data ../shared/data/arabic-event-gsr",
          String.format(Locale.ROOT, "%d sentences, %d examples; L2 %s, %d iterations, features seen in %d or more"
              + " examples; an act kept above a probability of %s.", rows.size(), ReportTrainer.examples(rows).size(),
              options.l2(), options.iterations(), options.minCount(), options.keepAbove())));
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf(Locale.ROOT, "model of %d weights written to %s%n", model.size(), out);
    return 0;
  }

  /** The types the written model judges: those {@code --judge} names, or with "auto" those cross-validation chose. */
  private Set<String> chosen(Set<String> beatRules) {
    return switch (judge.trim().toLowerCase(Locale.ROOT)) {
      case "auto" -> beatRules;
      case "none", "" -> Set.of();
      default -> Arrays.stream(judge.split(",")).map(t -> t.trim().toUpperCase(Locale.ROOT))
          .filter(t -> !t.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    };
  }

  /** The rows with the features that begin with one of {@code prefixes} (or the type and one of them) left out. */
  private static List<ReportTrainer.Row> without(List<ReportTrainer.Row> rows, List<String> prefixes) {
    Predicate<String> out = f -> prefixes.stream()
        .anyMatch(p -> f.startsWith(p) || f.startsWith("ASSAULT:" + p) || f.startsWith("PROTEST:" + p));
    return rows.stream().map(r -> new ReportTrainer.Row(r.group(), r.type(), r.gold(),
        r.candidates().stream().map(c -> c.stream().filter(out.negate()).toList()).toList(), r.fixed(), r.target(),
        r.scored(), r.mentions().stream().map(c -> c.stream().filter(out.negate()).toList()).toList())).toList();
  }

  private void grid(List<ReportTrainer.Row> rows, ReportTrainer.Options options) {
      for (double penalty : new double[] {0.02, 0.05, 0.1, 0.2}) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "L2 %-5s", penalty));
        for (double p : new double[] {0.3, 0.35, 0.4, 0.45, 0.5}) {
          Map<String, double[]> sums = new TreeMap<>();
          for (int seed = 1; seed <= seeds; seed++) {
            ReportTrainer.crossValidate(rows, folds, seed, options.withL2(penalty).withKeepAbove(p))
                .forEach((t, c) -> sums.computeIfAbsent(t, k -> new double[1])[0] += c.f1() / seeds);
          }
          line.append(String.format(Locale.ROOT, " | p>%.2f A %.3f P %.3f", p, sums.get("ASSAULT")[0],
              sums.get("PROTEST")[0]));
        }
        System.out.println(line);
      }
  }

  /** The share of annotators who accepted a sentence ({@code accept / total}), or its verdict where they are not given. */
  private static double share(Map<String, String> r, boolean gold) {
    try {
      double accept = Double.parseDouble(r.getOrDefault("accept", ""));
      double total = Double.parseDouble(r.getOrDefault("total", ""));
      return total > 0 ? Math.min(1, Math.max(0, accept / total)) : gold ? 1 : 0;
    } catch (NumberFormatException e) {
      return gold ? 1 : 0;
    }
  }

  /** The article a sentence id belongs to: the id without its sentence number ("AAW_ARB_20071026.0026-2"). */
  static String article(String id) {
    int cut = Math.max(id.lastIndexOf('-'), id.lastIndexOf('_'));
    return cut > 0 ? id.substring(0, cut) : id;
  }

  private static List<Map<String, String>> read(Path file) throws IOException {
    CsvMapper csv = new CsvMapper();
    try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return it.readAll();
    }
  }

  private static void print(String what, Map<String, ReportTrainer.Counts> counts) {
    System.out.println(what + ":");
    counts.forEach((type, c) -> System.out.printf(Locale.ROOT, "  %-8s P %.3f R %.3f F1 %.3f  (tp %d, fp %d, fn %d)%n",
        type, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
  }
}
