package org.marsad.entities;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.doc.EntityType;
import org.marsad.text.DataFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entities Marsad knows by name, read from {@code countries.tsv}, {@code places.tsv},
 * {@code orgs.tsv}, {@code clubs.tsv}, {@code companies.tsv}, {@code media.tsv}, {@code currencies.tsv},
 * {@code competitions.tsv}, {@code products.tsv} and {@code people.tsv} of one resource folder (format: docs in
 * {@code entities/KB-FORMAT.md}, next to the files), with the Arabic and English country names of CLDR (ICU4J) added.
 * An entry's kind is its file's name ("clubs"); a ninth field holds the Arabic names that are
 * also everyday words or places ("الأهلي", "الوداد"), read only in context ({@code context-words.tsv}).
 * A missing file reads as empty; a malformed line is left out and named, file:line, in
 * {@link #problems()}. A person holding several offices has one line per office, one id.
 */
public final class KnowledgeBase {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
  private static final String[] ENTRY_FILES = {"places.tsv", "orgs.tsv", "clubs.tsv", "companies.tsv", "media.tsv",
      "currencies.tsv", "competitions.tsv", "products.tsv", "people.tsv"};

  private final Map<String, KbEntity> byId;
  private final Map<String, KbEntity> countries;
  private final List<String> problems;

  private KnowledgeBase(Map<String, KbEntity> byId, List<String> problems) {
    // in the files' order: Map.copyOf iterates in an order that changes from run to run, and
    // names shared by two entries (عمان: Oman and Amman) are resolved by that order
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    Map<String, KbEntity> c = new LinkedHashMap<>();
    byId.values().stream().filter(KbEntity::isCountry).forEach(e -> c.put(e.code(), e));
    this.countries = Collections.unmodifiableMap(c);
    this.problems = List.copyOf(problems);
  }

  private static final class Standard {
    static final KnowledgeBase KB = load("entities");
  }

  /** The knowledge base of {@code src/main/resources/entities}, read once. */
  public static KnowledgeBase standard() {
    return Standard.KB;
  }

  /** Reads the four files of resource folder {@code folder} ("entities"). */
  public static KnowledgeBase load(String folder) {
    List<String> problems = new ArrayList<>();
    Map<String, Builder> builders = new LinkedHashMap<>();
    for (DataFiles.Row row : rows(folder + "/countries.tsv")) {
      readCountry(row, builders, problems);
    }
    addCldrCountries(builders);
    for (String file : ENTRY_FILES) {
      String kind = file.substring(0, file.indexOf('.'));
      for (DataFiles.Row row : rows(folder + "/" + file)) {
        readEntry(row, kind, builders, problems);
      }
    }
    Map<String, KbEntity> byId = new LinkedHashMap<>();
    builders.forEach((id, b) -> byId.put(id, b.build()));
    problems.forEach(p -> LOG.warn("knowledge base: {}", p));
    return new KnowledgeBase(byId, problems);
  }

  public List<String> problems() {
    return problems;
  }

  Iterable<KbEntity> entities() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  Optional<KbEntity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The country of ISO alpha-3 code {@code code}. */
  Optional<KbEntity> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  private static List<DataFiles.Row> rows(String resource) {
    if (KnowledgeBase.class.getResource("/" + resource) == null) {
      LOG.info("knowledge base file {} is missing: read as empty", resource);
      return List.of();
    }
    return DataFiles.rows(resource, 1);
  }

  // code  name_en  arabic_names  nisba  plurals  capital
  private static void readCountry(DataFiles.Row row, Map<String, Builder> out, List<String> problems) {
    String code = row.field(0);
    if (!code.matches("[A-Z]{3}") || row.field(1).isEmpty() || row.field(2).isEmpty()) {
      problems.add(where(row) + "expected an ISO alpha-3 code, an English name and Arabic names");
      return;
    }
    Builder b = out.computeIfAbsent("country:" + code, id -> new Builder(id, EntityType.GPE));
    b.name = row.field(1);
    b.code = code;
    b.country = code;
    b.arabic.addAll(split(row.field(2)));
    b.nisbas.addAll(split(row.field(3)));
    b.plurals.addAll(split(row.field(4)));
    b.capital = row.field(5);
    b.latin.add(row.field(1));
  }

  // id  type  name_en  country  role  years  arabic_names  latin_names  [arabic_names_in_context]
  private static void readEntry(DataFiles.Row row, String kind, Map<String, Builder> out, List<String> problems) {
    String id = row.field(0);
    EntityType type;
    try {
      type = EntityType.valueOf(row.field(1));
    } catch (IllegalArgumentException e) {
      problems.add(where(row) + "expected a type (PERSON, ORG, GPE, LOC, MISC) in field 2, found '"
          + row.field(1) + "'");
      return;
    }
    if (!id.matches("[a-z]+:[a-z0-9._-]+") || row.field(2).isEmpty() || row.field(6).isEmpty() && row.field(8).isEmpty()) {
      problems.add(where(row) + "expected a lower-case id (kind:name), an English name and Arabic names");
      return;
    }
    Builder b = out.computeIfAbsent(id, i -> new Builder(i, type));
    if (b.name == null) {
      b.name = row.field(2);
      b.country = row.field(3);
      b.kind = kind;
    }
    if (!row.field(4).isEmpty()) {
      b.offices.add(new Office(row.field(4), row.field(5)));
    }
    b.arabic.addAll(split(row.field(6)));
    b.latin.addAll(split(row.field(7)));
    b.latin.add(row.field(2));
    b.inContext.addAll(split(row.field(8)));
  }

  /** Every country CLDR names, in Arabic and English; joined to the file's line by code. */
  private static void addCldrCountries(Map<String, Builder> out) {
    ULocale arabic = new ULocale("ar");
    for (String iso2 : ULocale.getISOCountries()) {
      ULocale region = new ULocale("und", iso2);
      String code;
      try {
        code = region.getISO3Country();
      } catch (java.util.MissingResourceException e) {
        continue;
      }
      String ar = withoutParentheses(region.getDisplayCountry(arabic));
      String en = region.getDisplayCountry(ULocale.ENGLISH);
      if (code.isEmpty() || ar.isEmpty() || ar.equals(iso2)) {
        continue;
      }
      Builder b = out.computeIfAbsent("country:" + code, id -> new Builder(id, EntityType.GPE));
      if (b.name == null) {
        b.name = en;
        b.code = code;
        b.country = code;
        b.latin.add(en);
      }
      b.arabic.add(ar);
    }
  }

  private static String withoutParentheses(String s) {
    return s.replaceAll("\\s*\\(.*?\\)", "").strip();
  }

  private static String where(DataFiles.Row row) {
    return row.resource() + ":" + row.line() + ": ";
  }

  private static List<String> split(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private record Office(String role, String years) {

    /** The first year, or 0 when the field gives none. */
    int from() {
      String y = years.strip();
      int dash = y.indexOf('-');
      try {
        return Integer.parseInt((dash < 0 ? y : y.substring(0, dash)).strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    /** Sort key: an office still held ("2004-") first, then by the year it ended, latest first. */
    int until() {
      String y = years.strip();
      if (y.isEmpty() || y.endsWith("-")) {
        return Integer.MAX_VALUE;
      }
      String end = y.substring(y.lastIndexOf('-') + 1);
      try {
        return Integer.parseInt(end.strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }

  private static final class Builder {
    final String id;
    final EntityType type;
    String name;
    String code = "";
    String country = "";
    String capital = "";
    String kind = "";
    final List<Office> offices = new ArrayList<>();
    final Set<String> arabic = new LinkedHashSet<>();
    final Set<String> latin = new LinkedHashSet<>();
    final Set<String> nisbas = new LinkedHashSet<>();
    final Set<String> plurals = new LinkedHashSet<>();
    final Set<String> inContext = new LinkedHashSet<>();

    Builder(String id, EntityType type) {
      this.id = id;
      this.type = type;
    }

    KbEntity build() {
      List<String> roles = offices.stream().sorted(Comparator.comparingInt(Office::until).reversed())
          .map(Office::role).distinct().toList();
      String nameAr = !arabic.isEmpty() ? arabic.iterator().next() : inContext.isEmpty() ? name : inContext.iterator().next();
      List<KbEntity.Term> terms = offices.stream().filter(o -> o.from() > 0)
          .map(o -> new KbEntity.Term(o.role(), o.from(), o.until() == 0 ? o.from() : o.until())).toList();
      return new KbEntity(id, type, name, nameAr, code, country, roles, terms, List.copyOf(arabic), List.copyOf(latin),
          List.copyOf(nisbas), List.copyOf(plurals), capital, kind, List.copyOf(inContext));
    }
  }
}
