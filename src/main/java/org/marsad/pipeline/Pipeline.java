package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Layer;
import org.marsad.doc.Quote;
import org.marsad.doc.Timex;
import org.marsad.entities.EntityRecognizer;
import org.marsad.events.EventCoder;
import org.marsad.ingest.CleanArticle;
import org.marsad.ingest.Cleaner;
import org.marsad.ingest.RawArticle;
import org.marsad.quotes.QuoteExtractor;
import org.marsad.text.AnalyzedText;
import org.marsad.time.TimexTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a raw article into its record: clean, then time expressions, entities, quotations and
 * events, each step reading what the ones before it found. Thread-safe: one pipeline serves
 * every worker thread.
 */
public final class Pipeline {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Cleaner cleaner;
  private final TimexTagger timexTagger;
  private final EntityRecognizer entityRecognizer;
  private final QuoteExtractor quoteExtractor;
  private final EventCoder eventCoder;

  public Pipeline(Cleaner cleaner, TimexTagger timexTagger, EntityRecognizer entityRecognizer,
      QuoteExtractor quoteExtractor, EventCoder eventCoder) {
    this.cleaner = cleaner;
    this.timexTagger = timexTagger;
    this.entityRecognizer = entityRecognizer;
    this.quoteExtractor = quoteExtractor;
    this.eventCoder = eventCoder;
  }

  /** The standard pipeline, its knowledge loaded once. */
  public static Pipeline standard() {
    return standard(Cleaner.MAX_TEXT);
  }

  /** The standard pipeline, keeping at most {@code maxChars} characters of each article's text. */
  public static Pipeline standard(int maxChars) {
    return new Pipeline(new Cleaner(maxChars), new TimexTagger(), new EntityRecognizer(), new QuoteExtractor(),
        new EventCoder());
  }

  public Article analyze(RawArticle raw) {
    CleanArticle clean = cleaner.clean(raw);
    AnalyzedText text = AnalyzedText.of(clean.text(), clean.captions());
    List<String> warnings = new ArrayList<>(clean.warnings());

    TimexTagger.Dated dated = orEmpty(clean.source(), "timexes", warnings,
        () -> timexTagger.tagAndDate(text, clean.published()),
        new TimexTagger.Dated(Layer.of(List.of()), Optional.empty()));
    String published = dated.inferred().orElse(clean.published());
    dated.inferred().ifPresent(p -> warnings.add("published " + p + " inferred from the body: a full date and"
        + " the weekday named as today agree; the page gives no date line"));
    Layer<Timex> timexes = dated.timexes();
    Layer<Entity> entities = layer(clean.source(), "entities", warnings, () -> entityRecognizer.recognize(text, published));
    List<Entity> parties = EntityRecognizer.forLaterSteps(entities.items());
    Layer<Quote> quotes = layer(clean.source(), "quotes", warnings, () -> quoteExtractor.extract(text, parties));
    Layer<Event> events = layer(clean.source(), "events", warnings,
        () -> eventCoder.code(text, clean, parties, timexes.items(), quotes.items()));
    warnings.addAll(timexes.warnings());
    warnings.addAll(entities.warnings());
    warnings.addAll(quotes.warnings());
    warnings.addAll(events.warnings());

    return new Article(ArticleId.of(clean.text()), clean.source(), clean.title(), published,
        clean.credits(), clean.dateline(), clean.language(), clean.text(), clean.captions(),
        entities.items().stream().filter(Entity::named).map(Entity::forRecord).toList(), timexes.items(), quotes.items(),
        events.items(), warnings);
  }

  /** A layer, or an empty one when reading it failed: see {@link #orEmpty}. */
  static <T> Layer<T> layer(String source, String name, List<String> warnings, Supplier<Layer<T>> read) {
    return orEmpty(source, name, warnings, read, Layer.of(List.of()));
  }

  /**
   * What {@code read} gives, or {@code empty} with a warning naming the layer when it fails. A
   * fault in one layer (a text no rule foresaw) must not lose the article: its text, page fields
   * and other layers are still worth storing. One line goes to the log, the stack trace at debug level.
   */
  static <T> T orEmpty(String source, String name, List<String> warnings, Supplier<T> read, T empty) {
    try {
      return read.get();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("{}: the {} layer failed and is left empty: {}", source, name, e.toString());
      LOG.debug("{}: the {} layer failed", source, name, e);
      warnings.add(name + " not read: an internal error (" + e + "); please report it with the article");
      return empty;
    }
  }
}
