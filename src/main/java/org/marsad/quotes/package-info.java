/** Quotations: direct and reported speech, its reporting verb and its resolved speaker. */
package org.marsad.quotes;
