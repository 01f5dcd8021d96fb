package org.marsad.events;

/**
 * Who an inflected event word speaks of, as far as its ending tells: the speaker's side
 * ("اتفقنا"، "ندعو"، "مباحثاتنا"), two parties ("اتفقا"، "يلتقيان"، "مباحثاتهما"), or not said.
 */
enum Person { FIRST, DUAL, OTHER }
