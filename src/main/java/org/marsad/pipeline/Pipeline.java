package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
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

/**
 * Turns a raw article into its record: clean, then time expressions, entities, quotations and
 * events, each step reading what the ones before it found. Thread-safe: one pipeline serves
 * every worker thread.
 */
public final class Pipeline {

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

    TimexTagger.Dated dated = timexTagger.tagAndDate(text, clean.published());
    String published = dated.inferred().orElse(clean.published());
    dated.inferred().ifPresent(p -> warnings.add("published " + p + " inferred from the body: a full date and"
        + " the weekday named as today agree; the page gives no date line"));
    Layer<Timex> timexes = dated.timexes();
    Layer<Entity> entities = entityRecognizer.recognize(text, published);
    Layer<Quote> quotes = quoteExtractor.extract(text, entities.items());
    Layer<Event> events = eventCoder.code(text, clean, entities.items(), timexes.items(), quotes.items());
    warnings.addAll(timexes.warnings());
    warnings.addAll(entities.warnings());
    warnings.addAll(quotes.warnings());
    warnings.addAll(events.warnings());

    return new Article(ArticleId.of(clean.text()), clean.source(), clean.title(), published,
        clean.credits(), clean.dateline(), clean.language(), clean.text(), clean.captions(),
        entities.items().stream().filter(Entity::named).map(Entity::forRecord).toList(), timexes.items(), quotes.items(),
        events.items(), warnings);
  }
}
