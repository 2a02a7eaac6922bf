package io.pmoflow.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.i18n.Text;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Holds what a person submitted against the form they were shown: only the form's editable fields,
 * values of the right kind and among the form's options. Read-only fields sent back unchanged (as
 * Tasklist does) are dropped; changed, they are refused.
 */
final class FormSubmission {

  private FormSubmission() {}

  /**
   * The variables to write, or a refusal naming every field that cannot be accepted.
   *
   * @param current the value a variable has now, as the person's task sees it
   */
  static Map<String, Object> accepted(
      FormSpec form, Map<String, ?> submitted, Function<String, Object> current) {
    Locale language = RequestLanguage.current(Languages.ENGLISH);
    Map<String, Object> accepted = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, ?> values = submitted == null ? Map.of() : submitted;
    for (String key : values.keySet()) {
      Object raw = values instanceof VariableMap typed ? typed.getValueTyped(key) : values.get(key);
      Object value = FormValues.plain(raw);
      FormField field = form.field(key);
      if (field == null) {
        problems.add(Text.of("form.not-a-field", key).in(language));
      } else if (!field.editable()) {
        if (!sentBackUnchanged(value, key, current)) {
          problems.add(Text.of("form.read-only", name(field, language)).in(language));
        }
      } else {
        Text problem = problem(field, value, current);
        if (problem == null) {
          accepted.put(key, raw);
        } else {
          problems.add(Text.of("form.field-problem", name(field, language), problem).in(language));
        }
      }
    }
    List<String> needed = new ArrayList<>();
    for (FormField field : form.fields()) {
      if (!field.editable()) {
        continue;
      }
      if (field.required() && field.hideCondition() == null && field.isChoice()
          && FormValues.isEmpty(FormValues.plain(values.get(field.key())))
          && FormValues.isEmpty(FormValues.plain(current.apply(field.key())))) {
        problems.add(Text.of("form.required", name(field, language)).in(language));
      } else if (field.requiredWhenShown()
          && missing(values.containsKey(field.key()) ? values.get(field.key()) : current.apply(field.key()))
          && !HideConditions.hides(form, field, values, current)) {
        needed.add(FormInputRefused.neededForChoice(field.label(), language));
      }
    }
    String separator = Text.of("form.separator").in(language);
    if (!problems.isEmpty()) {
      problems.addAll(needed);
      throw new FormInputRefused(Text.of("form.refused", String.join(separator, problems)).in(language));
    }
    if (!needed.isEmpty()) {
      // worded like form-js's own rules, each under its field (Tasklist's refusal script places it by the label)
      throw new FormInputRefused(String.join(separator, needed));
    }
    return accepted;
  }

  /**
   * Whether a read-only field came back as the person was shown it: the case's text in English, or
   * its Japanese companion ({@link ShownTexts}), which Tasklist shows a Japanese reader and sends back
   * with the form.
   */
  private static boolean sentBackUnchanged(Object value, String key, Function<String, Object> current) {
    return Objects.equals(value, FormValues.plain(current.apply(key)))
        || (value != null && Objects.equals(value, FormValues.plain(current.apply(key + ShownTexts.JAPANESE))));
  }

  private static boolean missing(Object raw) {
    Object value = FormValues.plain(raw);
    return FormValues.isEmpty(value) || value instanceof String text && text.isBlank();
  }

  /** The field as the person saw it: its label in their language, and its key. */
  private static String name(FormField field, Locale language) {
    if (field.label() == null || field.label().isBlank()) {
      return field.key();
    }
    return Text.of("form.field", FormTexts.read(field.label(), language), field.key()).in(language);
  }

  private static Text problem(FormField field, Object value, Function<String, Object> current) {
    if (value == null) {
      return null;
    }
    switch (field.type()) {
      case "number" -> {
        if (!(value instanceof java.math.BigDecimal number)) {
          return Text.of("form.rule.number");
        }
        if (field.min() != null && number.doubleValue() < field.min()) {
          return Text.of("form.rule.min", plainNumber(field.min()));
        }
        if (field.max() != null && number.doubleValue() > field.max()) {
          return Text.of("form.rule.max", plainNumber(field.max()));
        }
        return null;
      }
      case "checkbox" -> {
        return value instanceof Boolean ? null : Text.of("form.rule.boolean");
      }
      case "textfield", "textarea", "datetime" -> {
        if (value instanceof Map || value instanceof Collection) {
          return Text.of("form.rule.text");
        }
        return field.maxLength() != null && value.toString().length() > field.maxLength()
            ? Text.of("form.rule.max-length", String.valueOf(field.maxLength()))
            : null;
      }
      case "radio", "select", "checklist", "taglist" -> {
        return notAnOption(field, value, current);
      }
      default -> {
        return null;
      }
    }
  }

  private static Text notAnOption(FormField field, Object value, Function<String, Object> current) {
    List<Object> options = options(field, current);
    if (options == null) {
      return null;
    }
    Collection<?> chosen = field.multipleChoice() ? asList(value) : List.of(value);
    if (chosen == null) {
      return Text.of("form.rule.choices");
    }
    List<String> offered = options.stream().map(String::valueOf).toList();
    for (Object choice : chosen) {
      if (!offered.contains(String.valueOf(choice))) {
        return Text.of("form.rule.choice", String.valueOf(choice), String.valueOf(options));
      }
    }
    return null;
  }

  private static List<Object> options(FormField field, Function<String, Object> current) {
    if (field.options() != null) {
      return field.options().stream().map(FormValues::plain).toList();
    }
    if (field.optionsKey() == null) {
      return null;
    }
    Collection<?> listed = asList(FormValues.plain(current.apply(field.optionsKey())));
    if (listed == null) {
      return List.of();
    }
    List<Object> options = new ArrayList<>();
    for (Object option : listed) {
      options.add(option instanceof Map<?, ?> labelled ? labelled.get("value") : option);
    }
    return options;
  }

  private static Collection<?> asList(Object value) {
    return value instanceof Collection<?> items ? items : null;
  }

  private static String plainNumber(double number) {
    return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
  }
}
