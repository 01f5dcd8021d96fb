package org.marsad.entities;

import java.util.List;
import org.marsad.doc.EntityType;

/**
 * One entity of the knowledge base. {@code code} is the ISO 3166-1 alpha-3 code of a country
 * (empty for everything else); {@code country} the country a person, city or organisation
 * belongs to; {@code roles} the offices of a person, the current or latest first. Names are as
 * the data files write them; {@code nisbas} (masculine singular relative adjectives) and
 * {@code plurals} (irregular demonyms) only for countries.
 */
record KbEntity(String id, EntityType type, String name, String nameAr, String code, String country,
    List<String> roles, List<String> arabicNames, List<String> latinNames, List<String> nisbas,
    List<String> plurals, String capital) {

  KbEntity {
    roles = List.copyOf(roles);
    arabicNames = List.copyOf(arabicNames);
    latinNames = List.copyOf(latinNames);
    nisbas = List.copyOf(nisbas);
    plurals = List.copyOf(plurals);
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
}
