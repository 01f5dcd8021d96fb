package org.marsad.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style training data: one word a line, {@code word<TAB>tag} (or separated by
 * spaces, the tag last), a blank line between sentences; tags {@code B-X}, {@code I-X} or
 * {@code O}. A malformed line is an error naming the file and the line.
 */
public final class Conll {

  private Conll() {}

  /** A sentence of the data: its words and their tags. */
  public record Sentence(List<String> words, List<String> tags) {

    public Sentence {
      words = List.copyOf(words);
      tags = List.copyOf(tags);
      if (words.size() != tags.size()) {
        throw new IllegalArgumentException(words.size() + " words and " + tags.size() + " tags");
      }
    }

    public int size() {
      return words.size();
    }
  }

  public static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          if (!words.isEmpty()) {
            out.add(new Sentence(words, tags));
            words.clear();
            tags.clear();
          }
          continue;
        }
        String[] parts = line.contains("\t") ? line.split("\t") : line.strip().split("\\s+");
        String tag = parts[parts.length - 1].strip();
        if (parts.length < 2 || parts[0].isBlank() || !(tag.equals("O") || tag.matches("[BI]-[A-Z]+"))) {
          throw new IOException(file + ":" + n + ": expected word<TAB>tag (B-X, I-X or O), found '" + line + "'");
        }
        words.add(parts[0].strip());
        tags.add(tag);
      }
    }
    if (!words.isEmpty()) {
      out.add(new Sentence(words, tags));
    }
    return out;
  }
}
