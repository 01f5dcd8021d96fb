package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.marsad.doc.Casualties;
import org.marsad.doc.Event;

/**
 * The learned filter over the attacks and protests the rules code: in a sentence where they code
 * one, it decides whether the sentence reports it as a happening, or names it otherwise (an
 * attack recalled as the background of other news, a general state of violence, an attack as
 * the topic of a trial or a statement), and drops the type's events of that sentence in the
 * second case. Its weights ({@link ReportModel}) are learned by {@code marsad train events} from
 * the Arabic PLOVER gold standard; where rules stop generalising, it weighs the signs together.
 */
public final class ReportFilter {

  /** The types the filter judges, in the order it judges them. */
  static final List<String> TYPES = List.of("ASSAULT", "PROTEST");
  static final Set<String> TYPES_SET = Set.copyOf(TYPES);

  /**
   * An attack or protest the rules coded in a sentence: its type, its features and how many events
   * it made; with no events, one that the sentence names and the rules did not code (recorded only).
   */
  public record Candidate(String type, List<String> features, int events) {}

  private final ReportModel model;
  private final Consumer<Candidate> sink;
  private final ReportFeatures features = new ReportFeatures();

  private ReportFilter(ReportModel model, Consumer<Candidate> sink) {
    this.model = model;
    this.sink = sink;
  }

  /** The filter with the shipped model. */
  public static ReportFilter shipped() {
    return new ReportFilter(ReportModel.shipped(), c -> {});
  }

  public static ReportFilter of(ReportModel model) {
    return new ReportFilter(model, c -> {});
  }

  /** No filter: keeps every act the rules code and hands each to {@code sink}, to learn from. */
  public static ReportFilter recording(Consumer<Candidate> sink) {
    return new ReportFilter(null, sink);
  }

  /**
   * The events of one sentence's material acts that the filter keeps. {@code acts} are the acts
   * the rules found told in sentence {@code s}, {@code counted} its casualties, {@code events}
   * what the rules coded of them, {@code told} the types of the sentence's other events (a
   * statement, an arrest, a meeting).
   */
  List<Event> keep(EventSentence s, List<MaterialActs.Act> acts, Casualties counted, List<Event> events,
      Set<String> told) {
    List<Event> out = new ArrayList<>(events);
    for (String type : TYPES) {
      List<Event> coded = events.stream().filter(e -> e.type().equals(type)).toList();
      if (coded.isEmpty() && model == null && features.names(s)) {
        // an attack or a protest named, none of this type coded: the sentence's register is learned from, never judged
        sink.accept(new Candidate(type, features.mention(s), 0));
      }
      if (coded.isEmpty() || (model != null && !model.judges(type))) { // a type left to the rules costs nothing
        continue;
      }
      List<MaterialActs.Act> heads = acts.stream().filter(a -> a.match().type().equals(type)
          && coded.stream().anyMatch(e -> e.trigger().equals(s.tokens.get(a.token()).text()))).toList();
      if (heads.isEmpty()) {
        heads = acts.stream().filter(a -> a.match().type().equals(type)).toList();
      }
      if (heads.isEmpty()) {
        continue;
      }
      List<String> f = features.of(s, heads.get(0), heads.size(), counted, type, also(type, events, told));
      sink.accept(new Candidate(type, f, coded.size()));
      if (model != null && !model.keeps(f)) {
        out.removeAll(coded);
      }
    }
    return out;
  }

  /** The other types of event the sentence tells besides {@code type}: its news may be one of them. */
  private static Set<String> also(String type, List<Event> events, Set<String> told) {
    Set<String> out = new TreeSet<>(told);
    events.forEach(e -> out.add(e.type()));
    out.remove(type);
    return out;
  }
}
