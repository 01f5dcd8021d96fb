package org.marsad.doc;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One article as {@code marsad analyze} writes it. {@code title}, {@code published} and
 * {@code dateline} are null where the text does not say; collections are never null.
 */
@JsonPropertyOrder({"id", "source", "title", "published", "credits", "dateline", "language", "text",
    "captions", "entities", "timexes", "quotes", "events", "warnings"})
public record Article(
    String id,
    String source,
    String title,
    String published,
    List<String> credits,
    String dateline,
    String language,
    String text,
    List<Span> captions,
    List<Entity> entities,
    List<Timex> timexes,
    List<Quote> quotes,
    List<Event> events,
    List<String> warnings) {

  public Article {
    credits = List.copyOf(credits);
    captions = List.copyOf(captions);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
  }
}
