package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.Hit;
import org.marsad.store.Order;
import org.marsad.store.Page;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreReader;
import org.marsad.store.Story;
import org.marsad.store.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad search}: the best articles for some words (BM25 over Arabic-normalised, lightly
 * stemmed words), narrowed by filters, each with a passage where its words are marked [so], and
 * the other outlets that carried the same story; or, with {@code --stories}, one line a story.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Finds articles in the archive by words (Lucene syntax: \"a phrase\", -not, title:word) and filters.")
public final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "words to find; none: every article, newest first")
  String words = "";

  @Mixin
  ArchiveOptions.Filters filters;

  @Option(names = "--stories", description = "one line a story (articles on the same happening) instead of one an article")
  boolean stories;

  @Option(names = "--facets", description = "also count, among all matches, the most frequent entities, outlets, years...")
  boolean facets;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "results shown (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "results passed over first, for the next page")
  int offset;

  @Option(names = "--order", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}; newest without words)")
  String order;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SearchRequest request;
    try {
      request = filters.request(words, limit).page(offset, limit).orderBy(order(order));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (StoreReader archive = ArchiveOptions.open(filters.store(spec), spec)) {
      return show(archive, request, out);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage()); // a query Lucene cannot read
    }
  }

  private int show(StoreReader archive, SearchRequest request, PrintStream out) throws IOException {
    if (stories) {
      List<Story> found = archive.stories(request);
      for (Story s : found) {
        out.println(line(s));
      }
      if (found.isEmpty()) {
        System.err.println("search: no article matches");
      }
      return 0;
    }
    Page<Hit> hits = archive.search(request);
    int n = hits.offset();
    for (Hit h : hits.items()) {
      Summary a = h.article();
      out.printf(Locale.ROOT, "%d. %s  %s  %s%n", ++n, date(a.published()), a.outlet(),
          a.title() == null ? "(no headline)" : a.title());
      if (!h.snippet().isEmpty()) {
        out.println("   " + h.snippet());
      }
      if (!h.alsoIn().isEmpty()) {
        out.println("   also in: " + String.join(", ", h.alsoIn()));
      }
      out.println("   " + a.source());
    }
    if (hits.items().isEmpty()) {
      System.err.println("search: no article matches");
    } else if (hits.more()) {
      System.err.printf(Locale.ROOT, "search: results %d to %d of %d matching articles, copies grouped (--offset %d for more)%n",
          hits.offset() + 1, n, hits.total(), n);
    }
    if (facets) {
      archive.facets(request, 5).forEach((dim, counts) -> {
        if (!counts.isEmpty()) {
          out.println(dim.key() + ": " + String.join(", ", counts.stream().map(c -> c.label() + " (" + c.count() + ")").toList()));
        }
      });
    }
    return 0;
  }

  private static Order order(String name) {
    for (Order o : Order.values()) {
      if (o.name().equalsIgnoreCase(name)) {
        return o;
      }
    }
    throw new IllegalArgumentException("--order is relevance, newest or oldest, not \"" + name + "\"");
  }

  /** "2024-10-14..2024-10-16  3 articles  Sputnik, RT  [Russia, Turkey]  headline". */
  static String line(Story s) {
    String dates = s.first().equals(s.last()) ? s.first() : s.first() + ".." + s.last();
    List<String> entities = s.topEntities(3);
    String title = s.lead().title() == null ? "(no headline)" : s.lead().title();
    return dates + "  " + s.articles().size() + (s.articles().size() == 1 ? " article  " : " articles  ")
        + String.join(", ", s.outlets()) + (entities.isEmpty() ? "" : "  [" + String.join(", ", entities) + "]")
        + "  " + title;
  }

  static String date(String published) {
    return published == null ? "?" : published.length() > 10 ? published.substring(0, 10) : published;
  }
}
