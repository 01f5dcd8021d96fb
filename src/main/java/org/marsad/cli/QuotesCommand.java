package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.marsad.store.Page;
import org.marsad.store.Quotations;
import org.marsad.store.QuoteRequest;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad quotes}: who said what, with outlet, date and link. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Lists what a speaker said, oldest first, with outlet, date and source.")
public final class QuotesCommand extends ArchiveReport {

  @Option(names = "--speaker", required = true, paramLabel = "X", description = "the speaker: id, any name or spelling")
  String speaker;

  @Option(names = "--about", paramLabel = "Y", description = "only quotations that name this entity")
  String about;

  @Override
  void report(StoreReader archive, PrintStream out) throws IOException {
    QuoteRequest request = QuoteRequest.by(speaker).about(about);
    Page<Quotations.Said> page;
    int offset = 0;
    do {
      page = archive.quotations(request.page(offset, SearchRequest.MAX_LIMIT));
      for (Quotations.Said s : page.items()) {
        out.println(s.date() + "  " + s.speaker() + ": \u00ab" + s.text() + "\u00bb" + (s.direct() ? "" : " (reported)"));
        out.println("            " + s.outlet() + "  " + s.source());
      }
      offset += page.items().size();
    } while (page.more());
    if (page.total() == 0) {
      System.err.println("quotes: none by " + speaker + (about == null ? "" : " about " + about));
    }
  }
}
