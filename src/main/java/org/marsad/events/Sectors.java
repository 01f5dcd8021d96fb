package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.Affixes;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * Who a party is within its country, as a CAMEO agent code: the sector words of
 * {@code events/sectors.tsv} ("الشرطة" COP, "مسلحون" UAF, "متظاهرون" CVL, "عناصر" a member of
 * what follows; "مقر" premises of what follows), the peoples of {@link Peoples} (CVL: "العرب")
 * and the sectors of named groups of {@code events/group-sectors.tsv}, the outlets of
 * {@code entities/media.tsv} being media (MED).
 */
final class Sectors {

  /** Sectors that belong to the country where they act: unnamed, they take the country of the event's place. */
  static final Set<String> DOMESTIC = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "CVL", "REF", "MED",
      "EDU", "LAB", "BUS", "REL", "HLH", "SPY", "ELI", "AGR");

  /**
   * The sector of a word or phrase; {@code of} for a word naming members of what follows;
   * {@code conjoined} when its first word carries the conjunction و ("والشرطة").
   */
  record Word(int length, String sector, boolean of, boolean unknown, boolean conjoined, boolean premises,
      boolean unit, boolean rank, String country, boolean verb) {}

  /**
   * {@code unit}: a unit of the forces named after it ("قوة إسرائيلية"), MIL where they have no sector; alone no party.
   * {@code rank}: a rank of officers, a party only as the title of the person named right after it ("العقيد فلان").
   * {@code verb}: a word whose bare form is also the past of a verb ("طالب" demanded), read as the verb before a definite word.
   */
  private record Entry(String[] words, String sector, boolean of, boolean unknown, boolean premises, boolean unit,
      boolean rank, String country, boolean verb) {}

  private final Map<String, List<Entry>> byFirst = new HashMap<>();
  private final Map<String, String> groups = new HashMap<>();

  Sectors() {
    for (DataFiles.Row row : DataFiles.rows("events/sectors.tsv", 2)) {
      String[] words = ArabicNormalizer.normalize(row.field(0)).split("\\s+");
      boolean of = row.field(1).equals("of");
      boolean premises = of && row.fields().size() > 2 && row.field(2).equals("premises");
      boolean unit = of && row.fields().size() > 2 && row.field(2).equals("unit");
      String sector = unit ? "MIL"
          : of ? (row.fields().size() > 2 && !row.field(2).startsWith("#") && !premises ? row.field(2) : null)
          : row.field(1);
      boolean unknown = !of && row.fields().size() > 2 && row.field(2).equals("unknown");
      boolean rank = !of && row.fields().size() > 2 && row.field(2).equals("rank");
      boolean verb = !of && row.fields().size() > 2 && row.field(2).equals("verb");
      // "settler": people of one country wherever they are ("مستوطنون" are Israel's), the code in field 3
      String country = !of && row.fields().size() > 2 && row.field(2).matches("[A-Z]{3}") ? row.field(2) : null;
      if (sector != null && !sector.matches("[A-Z]{3}")) {
        throw row.error("a CAMEO agent code of three capitals, or \"of\", in field 2");
      }
      byFirst.computeIfAbsent(key(words[0]), k -> new ArrayList<>()).add(new Entry(words, sector, of, unknown, premises, unit, rank,
          country, verb));
    }
    for (String people : Peoples.plurals()) { // "أضرب العرب": a people's crowd, where no entity names it
      byFirst.computeIfAbsent(people, k -> new ArrayList<>())
          .add(new Entry(new String[] {people}, "CVL", false, false, false, false, false, null, false));
    }
    for (DataFiles.Row row : DataFiles.rows("entities/media.tsv", 1)) {
      groups.put(row.field(0), "MED"); // newspapers, channels and agencies: their country's media, not the state
    }
    for (DataFiles.Row row : DataFiles.rows("events/group-sectors.tsv", 2)) {
      if (!row.field(1).matches("[A-Z]{3}")) {
        throw row.error("a CAMEO agent code of three capitals in field 2");
      }
      groups.put(row.field(0), row.field(1));
    }
  }

  /** The key under which a word as written is listed, and whether و was split off to find it. */
  private record Key(String key, boolean conjoined) {}

  /**
   * The keys a word as written may be listed under, in the order tried: without proclitics and
   * article, then without an accusative ا or with the ن a construct ي or و stands for. More than
   * one may be listed ("عددا" heads "عددا كبيرا من" and, as "عدد", "عدد من"), so each is tried.
   */
  private List<Key> lookupKeys(String norm) {
    List<Key> keys = new ArrayList<>();
    for (Clitics.Reading r : Clitics.readings(norm)) {
      boolean conjoined = r.prefix() > 0 && norm.charAt(0) == 'و';
      String stem = key(r.form());
      if (byFirst.containsKey(stem)) {
        keys.add(new Key(stem, conjoined));
      }
      if (stem.length() > 3 && stem.endsWith("ا") && byFirst.containsKey(stem.substring(0, stem.length() - 1))) {
        keys.add(new Key(stem.substring(0, stem.length() - 1), conjoined)); // مسلحا، جنديا
      }
      if (stem.length() > 3 && stem.endsWith("ي") && byFirst.containsKey(stem + "ن")) {
        keys.add(new Key(stem + "ن", conjoined)); // مسلحي طالبان
      }
      if (stem.length() > 3 && stem.endsWith("و") && byFirst.containsKey(stem + "ن")) {
        keys.add(new Key(stem + "ن", conjoined)); // "هاجم مقاتلو الحركة": the plural in construct, nominative
      }
      if (!keys.isEmpty()) {
        return keys;
      }
    }
    return keys;
  }

  /** The list's key of a normalised word: without the article, so that both spellings meet. */
  private static String key(String norm) {
    return Clitics.withoutArticle(norm);
  }

  /** The longest sector word or phrase starting at token {@code i}, or null; of two as long, that of the key tried first. */
  Word at(List<String> norms, int i) {
    Entry best = null;
    Key bestKey = null;
    for (Key key : lookupKeys(norms.get(i))) {
      for (Entry e : byFirst.get(key.key())) {
        if (i + e.words().length > norms.size() || (best != null && best.words().length >= e.words().length)) {
          continue;
        }
        boolean match = true;
        for (int k = 1; k < e.words().length && match; k++) {
          match = key(norms.get(i + k)).equals(key(e.words()[k]));
        }
        if (match) {
          best = e;
          bestKey = key;
        }
      }
    }
    if (best == null || best.verb() && bareBeforeDefinite(norms, i, bestKey)) {
      return null; // "وطالب المتظاهرون"، "لكنه طالب العراق": the verb, with its subject or object after it
    }
    return new Word(best.words().length, best.sector(), best.of(), best.unknown(), bestKey.conjoined(), best.premises(),
        best.unit(), best.rank(), best.country(), best.verb() && bare(norms.get(i), bestKey));
  }

  /**
   * Whether the word at {@code i} is written bare, or with only the conjunction و or ف, and the next word
   * carries the article: the past of the verb with its subject or object ("وطالب الجانب المصري")
   * rather than the noun, which the article, a preposition or an indefinite adjective goes with ("الطالب"،
   * "لطالب"، "طالب جامعي"، "طالب في").
   */
  private static boolean bareBeforeDefinite(List<String> norms, int i, Key key) {
    return bare(norms.get(i), key) && i + 1 < norms.size() && Clitics.definite(norms.get(i + 1));
  }

  /** Whether a word is its list key as written, or with only the conjunction و or ف before it. */
  private static boolean bare(String norm, Key key) {
    return norm.equals(key.key()) || norm.length() == key.key().length() + 1 && norm.endsWith(key.key())
        && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف');
  }

  /**
   * A sector word with a possessive pronoun of the third person singular ("قواته"، "جنودها"،
   * "عناصره"): the forces or members of a party named before, or null.
   */
  Word possessed(String norm) {
    for (String suffix : POSSESSIVES) {
      if (norm.length() > suffix.length() + 2 && norm.endsWith(suffix)) {
        String stem = norm.substring(0, norm.length() - suffix.length());
        Word w = at(List.of(stem.endsWith("ي") ? stem + "ن" : stem), 0); // "مقاتليه": "مقاتلين"
        if (w != null && w.length() == 1 && !w.rank() && (w.sector() != null || w.of())) {
          return w;
        }
      }
    }
    return null;
  }

  /** Possessive pronouns of one party, his and hers ("قواته"، "قواتها"; third-singular of affixes.tsv), the longer first. */
  private static final List<String> POSSESSIVES = Affixes.of(Affixes.Kind.THIRD_SINGULAR);

  /**
   * The sector of a named entity: its group's, else that of the first sector word of its Arabic
   * name ("وزارة الخارجية الروسية" GOV, "الجيش العراقي" MIL); a person in an office the article
   * gives (the knowledge base's office-holders) GOV; a body of the knowledge base of no country
   * IGO; a country, a city or a person without an office has none of its own.
   */
  String of(Entity e) {
    String group = groups.get(e.id());
    if (group != null) {
      return group;
    }
    if (e.type() == EntityType.PERSON) {
      return e.role() != null && !e.role().isBlank() ? "GOV" : null; // the knowledge base's persons hold offices of state
    }
    if (e.type() != EntityType.ORG) {
      return null;
    }
    for (String name : e.nameAr() == null ? List.<String>of() : List.of(e.nameAr())) {
      List<String> words = List.of(ArabicNormalizer.normalize(name).split("\\s+"));
      for (int i = 0; i < words.size(); i++) {
        Word w = at(words, i);
        if (w != null && w.sector() != null && !w.of() && !w.rank()) { // "لواء التوحيد" is a brigade, no officer
          return w.sector();
        }
      }
    }
    // a body of the knowledge base of no country is an international one (the UN, NATO, the Arab League)
    return e.linked() && e.country() == null && e.code() == null ? "IGO" : null;
  }
}
