package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.Mention;

/**
 * A line of a page's menu or share buttons ("مشاركة: فيسبوك | تويتر | واتساب"، "الرئيسية | أمن |
 * سياسة"): short items of one to three words between vertical bars, three items or more. The names
 * in such a line are the page's, not the article's, so none of them is a mention. News prose writes
 * no vertical bar (none in the jawharafm texts or in ANERcorp).
 */
final class MenuLines {

  /** The most words an item of a menu holds ("نسخ الرابط"، "لينكد إن"). */
  private static final int MAX_ITEM_WORDS = 3;
  private static final int MIN_ITEMS = 3;

  private MenuLines() {}

  /** {@code entities} without their mentions on a menu line of {@code text}; an entity left with none goes. */
  static List<Entity> withoutMenus(String text, List<Entity> entities) {
    if (text.indexOf('|') < 0) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<Mention> kept = e.mentions().stream().filter(m -> !onMenuLine(text, m.start())).toList();
      if (kept.size() == e.mentions().size()) {
        out.add(e);
      } else if (!kept.isEmpty()) {
        out.add(new Entity(e.id(), e.name(), e.nameAr(), e.type(), e.code(), e.country(), e.role(), kept, e.linked()));
      }
    }
    return out;
  }

  /** Whether offset {@code at} of {@code text} lies on a menu line. */
  static boolean onMenuLine(String text, int at) {
    int from = text.lastIndexOf('\n', at - 1) + 1;
    int to = text.indexOf('\n', at);
    String line = text.substring(from, to < 0 ? text.length() : to);
    // a label before the items ("مشاركة: ...") is no item
    String items = line.contains(":") ? line.substring(line.indexOf(':') + 1) : line;
    String[] parts = items.split("\\|", -1);
    if (parts.length < MIN_ITEMS) {
      return false;
    }
    for (String p : parts) {
      String item = p.strip();
      if (item.isEmpty() || item.split("\\s+").length > MAX_ITEM_WORDS) {
        return false;
      }
    }
    return true;
  }
}
