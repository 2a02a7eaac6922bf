package io.pmoflow.forms;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Texts that the server writes for a form to show read-only (the case a person decides on: an RFP's
 * schedule, a change request, an access request). Each is written in both languages when the task
 * is created: in English under the name the form shows, and in Japanese under that name with
 * {@value #JAPANESE} appended. A request in Japanese that reads the task's variables gets the
 * Japanese under the form's name ({@link FormInputGuard}); the companion itself is never shown, and
 * no form can submit it (it is no field of any form).
 *
 * <p>Both are written because a task is often for a group whose members read different languages,
 * and a person may switch language while the task is open; the text is the same case either way.
 */
public final class ShownTexts {

  public static final String JAPANESE = "@ja";

  private ShownTexts() {}

  /** Puts the text in English under {@code name} and in Japanese under its companion. */
  public static void put(Map<String, Object> fields, String name, Function<Locale, String> text) {
    fields.put(name, text.apply(Languages.ENGLISH));
    fields.put(name + JAPANESE, text.apply(Languages.JAPANESE));
  }

  /** {@link #put} into a new map, for one text. */
  public static Map<String, Object> of(String name, Function<Locale, String> text) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    put(fields, name, text);
    return fields;
  }

  /** The text under {@code name} as the current request reads it: the Japanese companion for Japanese. */
  public static Object read(Map<String, Object> fields, String name) {
    return RequestLanguage.isJapanese() && fields.containsKey(name + JAPANESE) ? fields.get(name + JAPANESE) : fields.get(name);
  }

  /** The variables to fetch for {@code shown}: with the companions when the request reads Japanese. */
  static java.util.List<String> toFetch(java.util.Collection<String> shown) {
    if (!RequestLanguage.isJapanese()) {
      return new java.util.ArrayList<>(shown);
    }
    java.util.List<String> names = new java.util.ArrayList<>(shown);
    shown.forEach(name -> names.add(name + JAPANESE));
    return names;
  }

  /** Replaces each fetched text by its Japanese companion for a Japanese request, and drops the companions. */
  static void inRequestLanguage(VariableMap variables) {
    if (RequestLanguage.isJapanese()) {
      for (String name : java.util.List.copyOf(variables.keySet())) {
        if (!name.endsWith(JAPANESE) && variables.containsKey(name + JAPANESE)) {
          variables.putValueTyped(name, variables.getValueTyped(name + JAPANESE));
        }
      }
    }
    variables.keySet().removeIf(name -> name.endsWith(JAPANESE));
  }

  /** The name of a single variable to read for a request: its companion for a Japanese one. */
  static String nameToRead(String name) {
    return RequestLanguage.isJapanese() && !name.endsWith(JAPANESE) ? name + JAPANESE : name;
  }
}
