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

  public static String of(String body) {
    String folded = ArabicNormalizer.normalize(body).replaceAll("\\s+", " ").strip();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
