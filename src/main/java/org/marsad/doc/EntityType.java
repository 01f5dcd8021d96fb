package org.marsad.doc;

/** GPE: countries, cities, states; LOC: regions, seas, islands. */
public enum EntityType { PERSON, ORG, GPE, LOC, MISC }
