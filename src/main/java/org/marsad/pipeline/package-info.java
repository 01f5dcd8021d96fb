/** The one place that orders the steps: read, clean, annotate, into an {@link org.marsad.doc.Article}. */
package org.marsad.pipeline;
