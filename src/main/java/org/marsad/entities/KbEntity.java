package org.marsad.entities;

import java.util.List;
import org.marsad.doc.EntityType;

/**
 * One entity of the knowledge base. {@code code} is the ISO 3166-1 alpha-3 code of a country
 * (empty for everything else); {@code country} the country a person, city or organisation
 * belongs to; {@code roles} the offices of a person, the current or latest first. Names are as
 * the data files write them; {@code nisbas} (masculine singular relative adjectives) and
 * {@code plurals} (irregular demonyms) only for countries. {@code kind} is the name of the file
 * that lists the entity ("orgs", "clubs"; empty for countries); {@code namesInContext} the names
 * it is taken by only where the words around say so ("الأهلي" after "نادي" or near "مباراة").
 */
record KbEntity(String id, EntityType type, String name, String nameAr, String code, String country,
    List<String> roles, List<Term> terms, List<String> arabicNames, List<String> latinNames, List<String> nisbas,
    List<String> plurals, String capital, String kind, List<String> namesInContext) {

  /** An office held from year {@code from} to year {@code to} (inclusive; {@link Integer#MAX_VALUE}: still held). */
  record Term(String role, int from, int to) {

    boolean covers(int year) {
      return from <= year && year <= to;
    }
  }

  KbEntity {
    roles = List.copyOf(roles);
    terms = List.copyOf(terms);
    arabicNames = List.copyOf(arabicNames);
    latinNames = List.copyOf(latinNames);
    nisbas = List.copyOf(nisbas);
    plurals = List.copyOf(plurals);
    namesInContext = List.copyOf(namesInContext);
  }

  boolean isCountry() {
    return !code.isEmpty();
  }

  boolean isPerson() {
    return type == EntityType.PERSON;
  }

  /** The current or latest office, or empty. */
  String role() {
    return roles.isEmpty() ? "" : roles.get(0);
  }

  /**
   * The office held in {@code year}: of the terms that cover it, the one begun last (in a year
   * of change, the new office); before the first term, the first; after the last, the latest.
   * Without terms, {@link #role()}.
   */
  String roleIn(int year) {
    Term best = null;
    for (Term t : terms) {
      if (t.covers(year) && (best == null || t.from() > best.from())) {
        best = t;
      }
    }
    if (best != null) {
      return best.role();
    }
    Term first = null;
    for (Term t : terms) {
      if (first == null || t.from() < first.from()) {
        first = t;
      }
    }
    return first != null && year < first.from() ? first.role() : role();
  }
}
