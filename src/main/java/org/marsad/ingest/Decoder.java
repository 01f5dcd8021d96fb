package org.marsad.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a file into text in the encodings Arabic pages come in: UTF-8 with or
 * without a byte-order mark, UTF-16 with one, windows-1256 and ISO-8859-6, and the single-byte
 * charsets other pages declare. Bytes that are valid UTF-8, or UTF-8 with a few bad bytes among
 * many good characters, are UTF-8 whatever is declared; else a declared single-byte charset (an
 * HTML meta tag) is honoured; otherwise ICU's detector decides,
 * checked against what the two Arabic single-byte encodings give, since the detector confuses them.
 */
final class Decoder {

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  /** Share of control bytes above which a file is binary, not text. */
  private static final double MAX_CONTROL_SHARE = 0.02;
  /** Bytes looked at to tell text from binary. */
  private static final int SNIFF = 8192;
  /** Share of high bytes in Arabic, Latin or punctuation blocks above which bytes are UTF-16. */
  private static final double UTF16_HIGH_SHARE = 0.95;

  /**
   * Text decoded, the charset it was read in, and how many sequences that were not valid in it
   * were replaced by U+FFFD.
   */
  record Decoded(String text, Charset charset, int replaced) {

    Decoded(String text, Charset charset) {
      this(text, charset, 0);
    }

    /** A line saying what was replaced, if anything was. */
    Optional<String> problem() {
      return replaced == 0 ? Optional.empty()
          : Optional.of(replaced + " byte sequence(s) that are not " + charset.name() + " replaced by U+FFFD");
    }
  }

  private Decoder() {}

  /** Why these bytes are not text, if they are not: empty, or binary. */
  static Optional<String> notText(byte[] b) {
    if (b.length == 0) {
      return Optional.of("empty file");
    }
    if (bom(b) != null || utf16(b) != null) {
      return Optional.empty();
    }
    int n = Math.min(b.length, SNIFF);
    int control = 0;
    boolean blank = true;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)) {
        control++;
      }
      if (c > 0x20) {
        blank = false;
      }
    }
    if (control > n * MAX_CONTROL_SHARE) {
      return Optional.of("binary data, not text (" + control + " control bytes in the first " + n + ")");
    }
    if (blank && n == b.length) {
      return Optional.of("empty file (white space only)");
    }
    return Optional.empty();
  }

  static Decoded decode(byte[] b, String declared) {
    Charset bom = bom(b);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(b, skip, b.length - skip, bom), bom);
    }
    Charset utf16 = utf16(b);
    if (utf16 != null) {
      return new Decoded(new String(b, utf16), utf16);
    }
    // Text in another encoding is almost never valid UTF-8 beyond ASCII, while pages saved
    // as UTF-8 often keep their old declaration: valid UTF-8 wins over what is declared.
    Optional<String> utf8 = strictUtf8(b);
    if (utf8.isPresent() && !ascii(b)) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8);
    }
    // Bytes that are not UTF-8 are in the single-byte charset the page declares (windows-1250,
    // ISO-8859-2, windows-1256...), unless Arabic letters come out only in an Arabic one: an
    // Arabic page declared Latin-1 by a careless template.
    Charset declaredCharset = supported(declared);
    Optional<Decoded> damagedFew = mostlyUtf8(b, false);
    if (damagedFew.isPresent()) {
      return damagedFew.get(); // a UTF-8 page with a stray bad byte, whatever its stale meta tag says
    }
    if (declaredCharset != null && singleByte(declaredCharset)) {
      String s = new String(b, declaredCharset);
      Optional<Decoded> arabic = arabic(declaredCharset) ? Optional.empty() : arabicSingleByte(b);
      return arabic.orElse(new Decoded(s, declaredCharset));
    }
    Optional<Decoded> damaged = mostlyUtf8(b, true);
    if (damaged.isPresent()) {
      return damaged.get();
    }
    if (declaredCharset != null) {
      String s = new String(b, declaredCharset);
      if (declaredCharset != StandardCharsets.UTF_8 || s.indexOf('\uFFFD') < 0) {
        return new Decoded(s, declaredCharset);
      }
    }
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8);
    }
    Optional<Decoded> arabic = arabicSingleByte(b);
    if (arabic.isPresent()) {
      return arabic.get();
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(b);
    CharsetMatch match = detector.detect();
    Charset cs = match == null ? null : supported(match.getName());
    if (cs == null) {
      cs = StandardCharsets.ISO_8859_1;
    }
    return new Decoded(new String(b, cs), cs);
  }

  /**
   * UTF-8 with a few bad bytes (a flipped bit, a character cut in two by an editor): read as
   * UTF-8, each bad sequence as U+FFFD, rather than the whole text in a single-byte encoding,
   * which would turn every letter to nonsense. Arabic in a single-byte encoding read as UTF-8 is
   * bad sequences nearly throughout, with a good one by chance here and there (a letter before
   * "،"); damaged UTF-8 has at least {@link #GOOD_PER_BAD} good characters outside ASCII for each
   * bad sequence, even in a text of a few words; with {@code byContinuationBytes}, also a short text
   * too damaged for that, told by its continuation bytes (weaker: a declared charset comes first).
   */
  private static Optional<Decoded> mostlyUtf8(byte[] b, boolean byContinuationBytes) {
    String s = new String(b, StandardCharsets.UTF_8);
    int bad = 0;
    int good = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD') {
        bad++;
      } else if (c >= 0x80) {
        good++;
      }
    }
    return bad > 0 && ((long) bad * GOOD_PER_BAD <= good || (byContinuationBytes && continuationBytesOfUtf8(b)))
        ? Optional.of(new Decoded(s, StandardCharsets.UTF_8, bad))
        : Optional.empty();
  }

  /**
   * Whether the bytes outside ASCII look like UTF-8 however damaged: in UTF-8 every character
   * outside ASCII has one or more continuation bytes (80 to BF), so they are half its high bytes
   * or more in Arabic; in windows-1256 Arabic those bytes are rare signs and Persian letters. A
   * short text too damaged for {@link #GOOD_PER_BAD} to tell is still told from windows-1256.
   */
  private static boolean continuationBytesOfUtf8(byte[] b) {
    int high = 0;
    int continuation = 0;
    for (byte x : b) {
      if (x < 0) {
        high++;
        continuation += (x & 0xC0) == 0x80 ? 1 : 0;
      }
    }
    return high > 0 && continuation >= high * UTF8_CONTINUATION_SHARE;
  }

  /** Share of continuation bytes among the high bytes above which damaged bytes are UTF-8. */
  private static final double UTF8_CONTINUATION_SHARE = 0.35;

  /** In damaged UTF-8, at least this many good characters outside ASCII for each bad sequence. */
  private static final int GOOD_PER_BAD = 2;

  /**
   * The Arabic single-byte reading of the bytes, when one gives mostly Arabic letters.
   * windows-1256 is preferred: it is far more common, and where the two differ ISO-8859-6
   * leaves holes that decode to nothing.
   */
  private static Optional<Decoded> arabicSingleByte(byte[] b) {
    String win = new String(b, WINDOWS_1256);
    String iso = new String(b, ISO_8859_6);
    Phrases.Letters w = Phrases.Letters.of(win);
    Phrases.Letters i = Phrases.Letters.of(iso);
    boolean winArabic = w.arabic() >= 20 && w.arabic() > w.latin();
    boolean isoArabic = i.arabic() >= 20 && i.arabic() > i.latin();
    if (winArabic && (!isoArabic || w.arabic() >= i.arabic() * 0.9 || replacements(iso) > replacements(win))) {
      return Optional.of(new Decoded(win, WINDOWS_1256));
    }
    if (isoArabic) {
      return Optional.of(new Decoded(iso, ISO_8859_6));
    }
    return Optional.empty();
  }

  /** Whether each character of the charset is one byte: it reads any bytes without error. */
  private static boolean singleByte(Charset cs) {
    return cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1.0f;
  }

  private static boolean arabic(Charset cs) {
    return cs.equals(WINDOWS_1256) || cs.equals(ISO_8859_6);
  }

  private static boolean ascii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }

  private static int replacements(String s) {
    int n = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == '\uFFFD') {
        n++;
      }
    }
    return n;
  }

  /** The bytes as UTF-8 if they are UTF-8 (but for a character cut at the end), else empty. */
  static Optional<String> strictUtf8(byte[] b) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString());
    } catch (CharacterCodingException e) {
      // a file cut at the size limit may end inside a character: allow that much
      if (b.length > 4) {
        int end = b.length;
        while (end > b.length - 4 && (b[end - 1] & 0xC0) == 0x80) {
          end--;
        }
        if (end > 0 && (b[end - 1] & 0x80) != 0) {
          end--;
        }
        if (end < b.length) {
          try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, 0, end)).toString());
          } catch (CharacterCodingException e2) {
            return Optional.empty();
          }
        }
      }
      return Optional.empty();
    }
  }

  /**
   * UTF-16 without a byte-order mark: Arabic text in it has, at every other byte, the high byte
   * of its characters, nearly always 0x06 (Arabic letters) or 0x00 (spaces, digits, Latin).
   */
  private static Charset utf16(byte[] b) {
    int n = Math.min(b.length, SNIFF) & ~1;
    if (n < 8) {
      return null;
    }
    int evenHigh = 0;
    int oddHigh = 0;
    int zeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenHigh += highByte(b[i]) ? 1 : 0;
      oddHigh += highByte(b[i + 1]) ? 1 : 0;
      zeros += (b[i] == 0 ? 1 : 0) + (b[i + 1] == 0 ? 1 : 0);
    }
    int pairs = n / 2;
    if (zeros == 0) {
      return null; // ASCII-free UTF-16 has zeros for its spaces; without any, it is not UTF-16
    }
    if (oddHigh >= pairs * UTF16_HIGH_SHARE && evenHigh < pairs / 2) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenHigh >= pairs * UTF16_HIGH_SHARE && oddHigh < pairs / 2) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean highByte(byte x) {
    return x == 0 || x == 0x06 || x == 0x20 || x == (byte) 0xFE;
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static Charset supported(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.isSupported(name.strip()) ? Charset.forName(name.strip()) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
