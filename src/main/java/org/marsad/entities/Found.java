package org.marsad.entities;

import java.util.ArrayList;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;

/** One entity of an article while it is being read: what it is and where the text names it. */
final class Found {

  final String id;
  final String name;
  final String nameAr;
  final EntityType type;
  final String code;
  String country;
  String role;
  /** The knowledge base's entity, or null for a name found in the article alone. */
  final KbEntity known;
  /** For a person the article introduced: the name as written, for comparing with captions. */
  final String written;
  private boolean roleFromOffice;
  private final TreeMap<Integer, Mention> mentions = new TreeMap<>();

  private Found(String id, String name, String nameAr, EntityType type, String code, String country, String role,
      KbEntity known, String written) {
    this.id = id;
    this.name = name;
    this.nameAr = nameAr;
    this.type = type;
    this.code = code;
    this.country = country;
    this.role = role;
    this.known = known;
    this.written = written;
  }

  /** An entity of the knowledge base; a person with the office held in {@code year}, when known. */
  static Found of(KbEntity e, OptionalInt year) {
    String role = !e.isPerson() ? "" : year.isPresent() ? e.roleIn(year.getAsInt()) : e.role();
    return new Found(e.id(), e.name(), e.nameAr(), e.type(), e.code(), e.isCountry() ? "" : e.country(), role, e, "");
  }

  /** A person outside the knowledge base, named {@code written}. */
  static Found person(String id, String written) {
    return new Found(id, written, NameKeys.isLatin(written) ? "" : written, EntityType.PERSON, "", "", "", null,
        written);
  }

  /** A name the model found, not in the knowledge base, named {@code written}. */
  static Found named(String id, String written, EntityType type) {
    return new Found(id, written, written, type, "", "", "", null, written);
  }

  boolean isPerson() {
    return type == EntityType.PERSON;
  }

  void mention(String text, int start, int end) {
    mention(text, start, end, Mention.Form.NAME);
  }

  void mention(String text, int start, int end, Mention.Form form) {
    mentions.putIfAbsent(start, new Mention(start, end, text.substring(start, end), form));
  }

  /** The mentions so far, in the order of the text. */
  java.util.Collection<Mention> mentions() {
    return java.util.Collections.unmodifiableCollection(mentions.values());
  }

  /** Takes up the mentions of {@code other}, the same person read apart; a country it lacks too. */
  void absorb(Found other) {
    for (Mention m : other.mentions.values()) {
      mentions.putIfAbsent(m.start(), m);
    }
    if (country.isEmpty()) {
      country = other.country;
    }
  }

  /** The first place named, for ordering. */
  int first() {
    return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.firstKey();
  }

  /** The offset of the last mention before {@code offset}, or -1. */
  int lastBefore(int offset) {
    Integer k = mentions.lowerKey(offset);
    return k == null ? -1 : k;
  }

  /**
   * The article gives the person an office. A known person keeps the knowledge base's name of
   * it when that fits ("الوزير" for a Foreign Minister); the first office the article gives wins.
   */
  void giveOffice(Office office, String role, String officeCountry) {
    if (!isPerson()) {
      return;
    }
    if (country.isEmpty() && !officeCountry.isEmpty()) {
      country = officeCountry;
    }
    if (roleFromOffice || role.isEmpty()) {
      return;
    }
    if (known != null) {
      for (String held : known.roles()) {
        if (held.equalsIgnoreCase(role) || (office.kind() == Office.Kind.OFFICE && office.fits(held))) {
          this.role = held;
          roleFromOffice = true;
          return;
        }
      }
      if (office.kind() == Office.Kind.COUNTERPART && !known.roles().isEmpty()) {
        return;
      }
    }
    this.role = role;
    roleFromOffice = true;
  }

  Entity toEntity() {
    return new Entity(id, name, nameAr.isEmpty() ? null : nameAr, type, code.isEmpty() ? null : code,
        country.isEmpty() ? null : country, role.isEmpty() ? null : role, new ArrayList<>(mentions.values()),
        known != null);
  }
}
