package org.marsad.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.text.ArabicNormalizer;

/**
 * The stable id of an article: the first 16 hex digits of the SHA-256 of its normalised body,
 * with white space folded, so that the same article read twice (or re-encoded, or re-spaced)
 * gets the same id.
 */
public final class ArticleId {

  private ArticleId() {}

  /** The body normalised, each run of white space one space, none at either end (no regex: every article). */
  private static String fold(String body) {
    StringBuilder out = new StringBuilder(body.length());
    boolean space = false;
    for (int i = 0; i < body.length(); i++) {
      char c = ArabicNormalizer.fold(body.charAt(i));
      if (c == 0) {
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // \\s
        space = true;
        continue;
      }
      if (space && !out.isEmpty()) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString().strip();
  }

  public static String of(String body) {
    String folded = fold(body);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
