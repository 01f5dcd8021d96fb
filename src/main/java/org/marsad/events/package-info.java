/** Political events: who did what to whom, when and where, coded in PLOVER. */
package org.marsad.events;
