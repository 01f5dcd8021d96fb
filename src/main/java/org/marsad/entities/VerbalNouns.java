package org.marsad.entities;

import java.util.regex.Pattern;
import org.marsad.text.DataFiles;
import org.marsad.text.Token;

/**
 * The verbal nouns of the derived verb forms ({@code verbal-noun-shapes.tsv}: "تشكيل"، "استئناف"،
 * "اجتماع"), recognised by their shape, which no person's name has.
 */
final class VerbalNouns {

  private static final Pattern SHAPES = Pattern.compile(
      "(?:" + String.join("|", DataFiles.lines("entities/verbal-noun-shapes.tsv")) + ")");

  private VerbalNouns() {}

  /** Whether word {@code w}, with its proclitics off or not, has the shape of a derived form's verbal noun. */
  static boolean is(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    if (SHAPES.matcher(w.key()).matches()) {
      return true;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (SHAPES.matcher(r.key()).matches()) {
        return true;
      }
    }
    return false;
  }
}
