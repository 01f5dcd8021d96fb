package org.marsad.quotes;

import org.marsad.doc.Entity;

/**
 * What stands after a reporting verb as its subject: a named entity ("قال لافروف"), an office
 * ("قال وزير الخارجية الياباني", resolved later against the people of the article), the
 * pronoun ("وأضاف أن", "وقال في مؤتمر صحفي"), a noun that names no entity ("قالت مصادر"), no
 * one (the writer's own aside, "يذكر أن"), or a document named before whose issuer is not named
 * again ("وأضاف البيان").
 * {@code body} is the organisation an office speaks for ("المتحدث باسم الكرملين"), if named;
 * {@code end} is the word after the subject.
 */
record Subject(How how, Entity entity, Offices.Office office, String country, Entity body, int end) {

  enum How { NAMED, OFFICE, PRONOUN, UNNAMED, IMPERSONAL, DOCUMENT }

  static Subject pronoun(int end) {
    return new Subject(How.PRONOUN, null, null, null, null, end);
  }
}
