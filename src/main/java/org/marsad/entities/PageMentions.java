package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.marsad.doc.Entity;
import org.marsad.doc.Mention;

/**
 * Mentions that name something of the page rather than of the article (a menu's items, a date line's
 * time zone): they are taken out of their entities, and an entity left with no mention goes.
 */
final class PageMentions {

  private PageMentions() {}

  /**
   * {@code entities} without the mentions whose start offset {@code pageAt} accepts, looked at only in
   * the entities {@code concerned} accepts.
   */
  static List<Entity> without(List<Entity> entities, Predicate<Entity> concerned, IntPredicate pageAt) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (!concerned.test(e)) {
        out.add(e);
        continue;
      }
      List<Mention> kept = e.mentions().stream().filter(m -> !pageAt.test(m.start())).toList();
      if (kept.size() == e.mentions().size()) {
        out.add(e);
      } else if (!kept.isEmpty()) {
        out.add(new Entity(e.id(), e.name(), e.nameAr(), e.type(), e.code(), e.country(), e.role(), kept, e.linked()));
      }
    }
    return out;
  }
}
