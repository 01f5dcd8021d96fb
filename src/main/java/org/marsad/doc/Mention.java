package org.marsad.doc;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One place the text names an entity; {@code text} is exactly {@code article.text[start, end)}.
 * {@code form} says how: by a name (titles and offices stay outside it), by a nisba adjective
 * standing for a country ("الروسي" for Russia), or by an office standing for a person named
 * elsewhere ("الأمين العام للأمم المتحدة"), or by a description that is no name ("قوات الاحتلال": the
 * occupation forces). Office and description mentions serve the steps that read the entity layer
 * (speakers, event parties); the record leaves them out ({@link Entity#forRecord}).
 */
public record Mention(int start, int end, String text, Form form) {

  public enum Form {
    NAME, ADJECTIVE, OFFICE, DESCRIPTION;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Mention {
    if (form == null) {
      form = Form.NAME; // records written before the field existed
    }
  }

  /** A mention by name. */
  public Mention(int start, int end, String text) {
    this(start, end, text, Form.NAME);
  }
}
