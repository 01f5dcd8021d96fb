package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.marsad.doc.Article;

/** Writes records in one output format: {@link #begin} once, {@link #write} per article, {@link #end} once. */
public interface RecordWriter {

  default void begin(PrintStream out) throws IOException {}

  void write(Article article, PrintStream out) throws IOException;

  default void end(PrintStream out) throws IOException {}
}
