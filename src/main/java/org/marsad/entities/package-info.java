/**
 * Entities: the knowledge base of countries, places, organisations and people, and the
 * recogniser that finds, types and links their mentions in an article.
 */
package org.marsad.entities;
