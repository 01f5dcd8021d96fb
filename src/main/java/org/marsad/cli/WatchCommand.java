package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.LuceneStore;
import org.marsad.store.OpenSearchStore;
import org.marsad.store.Store;
import org.marsad.store.StoreWriter;
import org.marsad.watch.Alerts;
import org.marsad.watch.ArticleStore;
import org.marsad.watch.Round;
import org.marsad.watch.SearchAlerts;
import org.marsad.watch.WatchSettings;
import org.marsad.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad watch}: follows feeds and sitemaps, round after round, storing new and changed
 * articles in the archive, with a summary per round on standard error.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Follows RSS/Atom feeds and sitemaps: fetches new and changed article pages politely, analyses"
        + " them and stores them in the archive; --once for one round (cron).")
public final class WatchCommand implements Callable<Integer> {

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

  @Parameters(arity = "1..*", paramLabel = "SOURCE",
      description = "a feed or sitemap URL, or a file listing such URLs one a line")
  List<String> sources;

  @Mixin
  ArchiveOptions.Where where;

  @Option(names = "--state", paramLabel = "DIR",
      description = "where the watcher keeps what it has seen (default: beside the archive folder, WHERE.watch;"
          + " for an OpenSearch store, ./marsad-watch-state)")
  Path stateDir;

  @Option(names = "--every", paramLabel = "TIME", defaultValue = "15m",
      description = "time between the starts of two rounds: 90s, 15m, 1h (default: ${DEFAULT-VALUE})")
  String every;

  @Option(names = "--once", description = "one round, then stop")
  boolean once;

  @Option(names = "--rounds", paramLabel = "N", description = "stop after N rounds (default: never, or 1 with --once)")
  Integer rounds;

  @Option(names = "--contact", paramLabel = "EMAIL|URL", description = "how a site's operator can reach you; sent in the User-Agent")
  String contact;

  @Option(names = "--delay", paramLabel = "TIME", defaultValue = "1s",
      description = "least time between two requests to one host (default: ${DEFAULT-VALUE})")
  String delay;

  @Option(names = "--per-host", paramLabel = "N", defaultValue = "2",
      description = "requests to one host at once (default: ${DEFAULT-VALUE})")
  int perHost;

  @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "30s",
      description = "longest wait for one answer (default: ${DEFAULT-VALUE})")
  String timeout;

  @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
      description = "tries of a request that fails with 5xx, 429 or a time-out (default: ${DEFAULT-VALUE})")
  int attempts;

  @Option(names = "--recheck", paramLabel = "TIME", defaultValue = "6h",
      description = "a page this young is fetched again (conditionally) each round to catch corrections; 0 never"
          + " (default: ${DEFAULT-VALUE})")
  String recheck;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200",
      description = "make stored pages durable after this many within a round (default: ${DEFAULT-VALUE})")
  int commitEvery;

  @Option(names = "--warc-out", paramLabel = "DIR", description = "also keep every page fetched as WARC in this folder")
  Path warcOut;

  @Option(names = "--alert", paramLabel = "NAME=QUERY",
      description = "on each new article matching QUERY (words and filters as marsad search takes them:"
          + " 'الدفاع --entity \"Sergey Lavrov\"'), write a JSON line to the --alert-to target")
  List<String> alerts = new ArrayList<>();

  @Option(names = "--alert-to", paramLabel = "FILE|URL", defaultValue = "alerts.jsonl",
      description = "where alerts go: a file (one JSON line each) or an http(s) webhook URL that gets a POST"
          + " (default: ${DEFAULT-VALUE})")
  String alertTo;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    WatchSettings settings;
    Duration period;
    List<SearchAlerts.Alert> parsed;
    try {
      settings = WatchSettings.defaults().withContact(contact)
          .withPoliteness(duration(delay), perHost)
          .withTimeout(duration(timeout), attempts, Duration.ofMinutes(2))
          .withRecheck(duration(recheck))
          .withWarcOut(warcOut)
          .withCommitEvery(commitEvery);
      period = duration(every);
      parsed = alerts(alerts, alertTo);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    int limit = rounds != null ? rounds : once ? 1 : Integer.MAX_VALUE;
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Store store = where.store(spec);
    Path state = stateDir != null ? stateDir : switch (store) {
      case LuceneStore l -> Watcher.stateFolder(l.dir());
      case OpenSearchStore o -> Path.of("marsad-watch-state"); // a cluster has no folder to sit beside
    };
    try (StoreWriter archive = store.openWriter();
        Watcher watcher = new Watcher(settings, state, ArticleStore.of(archive), Pipeline.standard(),
            parsed.isEmpty() ? Alerts.NONE : new SearchAlerts(parsed, state.resolve("alert-scratch")))) {
      int failed = 0;
      for (int n = 1; n <= limit; n++) {
        long started = System.nanoTime();
        Round r = watcher.round(sources);
        report(n, r, err);
        failed = r.total().failed();
        if (n == limit) {
          break;
        }
        long left = period.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
          Thread.sleep(Duration.ofNanos(left));
        }
      }
      return failed == 0 ? 0 : 1;
    }
  }

  private static void report(int n, Round r, PrintStream err) {
    err.printf(Locale.ROOT, "watch: round %d in %.1f s: %s%n", n, r.seconds(), Round.line(r.total()));
    for (Map.Entry<String, Round.Counts> h : r.hosts().entrySet()) {
      err.println("  " + h.getKey() + ": " + Round.line(h.getValue()));
    }
    int shown = 0;
    for (String p : r.problems()) {
      if (++shown > 20) {
        err.println("  ... and " + (r.problems().size() - 20) + " more problems");
        break;
      }
      err.println("  " + p);
    }
  }

  /** "NAME=QUERY" read with the words and filters of {@code marsad search}. */
  static List<SearchAlerts.Alert> alerts(List<String> specs, String target) {
    List<SearchAlerts.Alert> out = new ArrayList<>();
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("an alert is NAME=QUERY, not \"" + spec + "\"");
      }
      SearchCommand search = new SearchCommand();
      try {
        new CommandLine(search).parseArgs(words(spec.substring(eq + 1)).toArray(String[]::new));
        out.add(new SearchAlerts.Alert(spec.substring(0, eq).strip(), search.filters.request(search.words, 1), target));
      } catch (CommandLine.ParameterException e) {
        throw new IllegalArgumentException("alert " + spec.substring(0, eq) + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** Splits a query as a shell would: on spaces, except inside double or single quotes. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        any = true;
      } else if (Character.isWhitespace(c)) {
        if (any || !w.isEmpty()) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
      }
    }
    if (any || !w.isEmpty()) {
      out.add(w.toString());
    }
    return out;
  }

  /** "90s", "15m", "1h", "500ms", "0". */
  static Duration duration(String s) {
    Matcher m = DURATION.matcher(s.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a duration: \"" + s + "\" (write 90s, 15m, 1h)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
