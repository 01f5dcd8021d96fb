package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.marsad.store.ArchiveSearcher;
import org.marsad.store.Quotations;
import org.marsad.store.Schema;
import org.marsad.store.SearchRequest;
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
  void report(ArchiveSearcher archive, PrintStream out) throws IOException {
    SearchRequest r = SearchRequest.of("").and(Schema.SPEAKER, speaker);
    List<Quotations.Said> said = Quotations.of(archive.all(r), speaker, about);
    for (Quotations.Said s : said) {
      out.println(s.date() + "  " + s.speaker() + ": \u00ab" + s.text() + "\u00bb" + (s.direct() ? "" : " (reported)"));
      out.println("            " + s.outlet() + "  " + s.source());
    }
    if (said.isEmpty()) {
      System.err.println("quotes: none by " + speaker + (about == null ? "" : " about " + about));
    }
  }
}
