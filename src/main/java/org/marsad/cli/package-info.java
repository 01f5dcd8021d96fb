/** The {@code marsad} command line: one picocli command per job. */
package org.marsad.cli;
