package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.marsad.doc.Event;
import org.marsad.doc.Party;

/**
 * Who fought a clash told between two named sides ("اشتباكات بين القوات الإيرانية والقوات
 * الأفغانية"، "اشتباك مسلح اندلع بين الجانبين"، "مواجهات بين الجيش الباكستاني وحرس الحدود
 * الأفغاني"): the attacks the sentence tells with no doer are each side's on the other, one
 * event each way, as a fight has two doers. The sides are the parties right after "بين", joined
 * by و, of two countries; "الجانبين" and "الطرفين" are the forces of two countries named before
 * the clash in its sentence, else the two sides last named together ({@link TwoSides}). A clash
 * with men of no country ("بين مسلحين والشرطة") names no pair.
 */
final class Clashes {

  /** How many words may stand between the clash's word and its "بين" ("اشتباكات عنيفة اندلعت بين"). */
  static final int BETWEEN_GAP = 3;

  private final Cues cues;
  private final RoleFinder roles;
  private final AttackMentions mentions;

  Clashes(Cues cues, RoleFinder roles, AttackMentions mentions) {
    this.cues = cues;
    this.roles = roles;
    this.mentions = mentions;
  }

  /** A clash's word at token {@code at} and the countries of its two sides, in the order named. */
  record Clash(int at, List<String> sides) {}

  /** The clash of {@code s} told between two sides of different countries; null if none. */
  Clash find(EventSentence s, Supplier<List<String>> bothSides) {
    for (int k = 0; k < s.size(); k++) {
      if (!mentions.clashAt(s, k)) {
        continue;
      }
      for (int i = k + 1; i <= k + 1 + BETWEEN_GAP && i < s.size(); i++) {
        Participant within = s.participantAt(i);
        if (s.isPunct(i) || within != null && within.coded()) {
          break; // "اشتباك مسلح بين": an adjective of armed men, not a side
        }
        if (!cues.is(s.norm(i), Cues.WordClass.BETWEEN)) {
          continue;
        }
        List<Participant> named = roles.phraseAfter(s, i + 1, true);
        if (named.size() == 1 && named.get(0).both()) {
          List<String> before = forcesBefore(s, k);
          List<String> pair = before.size() == 2 ? before : bothSides.get();
          return pair.size() == 2 ? new Clash(k, pair) : null;
        }
        if (named.size() == 2 && named.get(0).code() != null && named.get(1).code() != null
            && !named.get(0).both() && !named.get(1).both() && !named.get(0).sameCountry(named.get(1))) {
          return new Clash(k, List.of(named.get(0).code(), named.get(1).code()));
        }
        return null;
      }
    }
    return null;
  }

  /** The sectors that fight: armies, police and security forces, armed groups. */
  private static final Set<String> ARMED = Set.of("MIL", "COP", "REB");

  /**
   * The countries of the armed sides named before the clash's word at {@code k}, in order, each
   * once ("قتل عنصران من حرس الحدود التابع لطالبان وأصيب عنصر من حرس الحدود الإيراني في اشتباك
   * بين الجانبين"): armies, security forces and armed groups, not the outlet or a place.
   */
  private static List<String> forcesBefore(EventSentence s, int k) {
    List<String> codes = new ArrayList<>();
    for (Participant p : s.participants) {
      if (p.first() < k && p.coded() && !p.both() && p.sector() != null && ARMED.contains(p.sector())
          && !codes.contains(p.code())) {
        codes.add(p.code());
      }
    }
    return codes;
  }

  /**
   * The material events of a sentence with the attacks of no doer coded as the clash's two sides
   * on each other: one struck by a side (or by no one named) becomes the other side's on it, and
   * its mirror is added. Only the clash's own word and the deaths and injuries told of it are the
   * clash: another act of the sentence ("خطف الطفل ثم اندلعت مواجهات بين") keeps its doer unknown.
   */
  List<Event> fought(EventSentence s, List<Event> material, Clash clash) {
    if (clash == null) {
      return material;
    }
    List<String> sides = clash.sides();
    List<Event> out = new ArrayList<>();
    boolean paired = false;
    for (Event e : material) {
      String struck = e.target() == null ? null : e.target().code();
      if (paired || e.actor() != null || !e.type().equals("ASSAULT") || struck != null && !sides.contains(struck)
          || !ofTheClash(s, e, clash.at())) {
        out.add(e);
        continue;
      }
      String first = struck == null ? sides.get(0) : sides.get(0).equals(struck) ? sides.get(1) : sides.get(0);
      String second = first.equals(sides.get(0)) ? sides.get(1) : sides.get(0);
      Party targetOfFirst = struck != null ? e.target() : new Party(second, null, null, null);
      out.add(with(e, new Party(first, null, null, null), targetOfFirst));
      out.add(with(e, new Party(second, null, null, null), new Party(first, null, null, null)));
      paired = true;
    }
    return out;
  }

  /** Whether the event's word is the clash's own ("مواجهات") or a death or an injury ("قتل"، "أصيب"). */
  private boolean ofTheClash(EventSentence s, Event e, int at) {
    return s.tokensWritten(e.trigger()).stream().anyMatch(t -> t == at || mentions.clashAt(s, t) || mentions.tellsDeath(s, t));
  }

  private static Event with(Event e, Party actor, Party target) {
    return new Event(e.type(), e.subtype(), actor, target, e.date(), e.place(), e.mode(), e.casualties(),
        e.start(), e.end(), e.trigger());
  }
}
