package org.marsad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Quote;

/** Who said what: the quotations of one speaker (or of anyone), optionally only those naming a subject. */
public final class Quotations {

  private Quotations() {}

  /** One quotation with where and when it was published, and the id of the article that carries it. */
  public record Said(String speaker, String text, boolean direct, String outlet, String date, String source,
      String article) {}

  /**
   * The quotations by {@code speaker} (any name, spelling or id; null for anyone) in
   * {@code articles}, oldest first; with {@code about}, only those whose words name that entity
   * or contain its name.
   */
  public static List<Said> of(List<Article> articles, String speaker, String about) {
    String key = speaker == null ? null : Keys.fold(speaker);
    List<Said> out = new ArrayList<>();
    for (Article a : articles) {
      Optional<Entity> who = speaker == null ? Optional.empty() : Timeline.find(a, speaker);
      Optional<Entity> subject = about == null ? Optional.empty() : Timeline.find(a, about);
      for (Quote q : a.quotes()) {
        boolean bySpeaker = key == null
            || (who.isPresent() ? Timeline.same(who.get().id(), q.speaker())
                : (q.speakerName() != null && Keys.fold(q.speakerName()).equals(key))
                    || (q.speaker() != null && Keys.fold(q.speaker()).equals(key)));
        if (!bySpeaker) {
          continue;
        }
        if (about != null) {
          boolean names = subject.isPresent() ? Timeline.names(q, subject.get())
              : Keys.fold(q.text()).contains(Keys.fold(about));
          if (!names) {
            continue;
          }
        }
        String name = q.speakerName() != null ? q.speakerName()
            : who.map(Schema::label).orElse(q.speaker() != null ? q.speaker() : speaker);
        out.add(new Said(name, q.text(), q.direct(), Hit.outlet(a),
            a.published() == null ? "?" : Story.date(a.published()), a.source(), a.id()));
      }
    }
    // ties by article, so that every store lists them alike
    out.sort(Comparator.comparing((Said s) -> s.date().equals("?") ? "~" : s.date()).thenComparing(Said::article));
    return out;
  }
}
