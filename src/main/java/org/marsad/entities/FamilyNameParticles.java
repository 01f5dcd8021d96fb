package org.marsad.entities;

import java.util.Set;

/**
 * Maghrebi family names written as one word of a particle and a name ({@code
 * family-name-particles.tsv}): "بالحاج"، "بلحاج"، "بالعيد"، "بالطيب"، "بلقاسم". Such a word reads
 * like the preposition ب and a noun; after a given name it is the person's family name.
 */
final class FamilyNameParticles {

  /** The lists of {@code family-name-particles.tsv}, read once. */
  static final FamilyNameParticles LISTED = new FamilyNameParticles();

  private static final String RESOURCE = "entities/family-name-particles.tsv";

  private final Set<String> particles;
  private final Set<String> stems;

  private FamilyNameParticles() {
    this.particles = NameKeys.keysOfKind(RESOURCE, "particle");
    this.stems = NameKeys.keysOfKind(RESOURCE, "stem");
  }

  /**
   * Whether word {@code w} is a particle and a name: a listed particle and, after it, a given name
   * or a listed stem, with or without the article ("بالحاج": بال and الحاج; "بلقاسم": بل and قاسم).
   */
  boolean isFamilyName(TokenKeys w, Gazetteer gazetteer) {
    String k = w.key();
    for (String p : particles) {
      if (!k.startsWith(p) || k.length() - p.length() < 3) {
        continue;
      }
      String rest = k.substring(p.length());
      String alone = p.endsWith("ال") ? "ال" + rest : rest;
      String withArticle = alone.startsWith("ال") ? alone : "ال" + alone;
      if (nameStem(alone, gazetteer) || nameStem(withArticle, gazetteer)) {
        return true;
      }
    }
    return false;
  }

  private boolean nameStem(String key, Gazetteer gazetteer) {
    return stems.contains(key) || gazetteer.isGivenNameKey(key);
  }
}
