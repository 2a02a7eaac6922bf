package io.pmoflow.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
    Map<String, Object> accepted = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, ?> values = submitted == null ? Map.of() : submitted;
    for (String key : values.keySet()) {
      Object raw = values instanceof VariableMap typed ? typed.getValueTyped(key) : values.get(key);
      Object value = FormValues.plain(raw);
      FormField field = form.field(key);
      if (field == null) {
        problems.add(key + " is not a field of this form");
      } else if (!field.editable()) {
        if (!Objects.equals(value, FormValues.plain(current.apply(key)))) {
          problems.add(field.name() + " is shown read-only and cannot be changed");
        }
      } else {
        String problem = problem(field, value, current);
        if (problem == null) {
          accepted.put(key, raw);
        } else {
          problems.add(field.name() + " " + problem);
        }
      }
    }
    for (FormField field : form.fields()) {
      if (field.editable() && field.required() && !field.conditional() && field.isChoice()
          && FormValues.isEmpty(FormValues.plain(values.get(field.key())))
          && FormValues.isEmpty(FormValues.plain(current.apply(field.key())))) {
        problems.add(field.name() + " is required");
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputRefused(
          "The form cannot be accepted: " + String.join("; ", problems)
              + ". A task accepts only the fields its form lets you change.");
    }
    return accepted;
  }

  private static String problem(FormField field, Object value, Function<String, Object> current) {
    if (value == null) {
      return null;
    }
    switch (field.type()) {
      case "number" -> {
        if (!(value instanceof java.math.BigDecimal number)) {
          return "must be a number";
        }
        if (field.min() != null && number.doubleValue() < field.min()) {
          return "must be at least " + plainNumber(field.min());
        }
        if (field.max() != null && number.doubleValue() > field.max()) {
          return "must be at most " + plainNumber(field.max());
        }
        return null;
      }
      case "checkbox" -> {
        return value instanceof Boolean ? null : "must be true or false";
      }
      case "textfield", "textarea", "datetime" -> {
        if (value instanceof Map || value instanceof Collection) {
          return "must be text";
        }
        return field.maxLength() != null && value.toString().length() > field.maxLength()
            ? "must be at most " + field.maxLength() + " characters long"
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

  private static String notAnOption(FormField field, Object value, Function<String, Object> current) {
    List<Object> options = options(field, current);
    if (options == null) {
      return null;
    }
    Collection<?> chosen = field.multipleChoice() ? asList(value) : List.of(value);
    if (chosen == null) {
      return "must be a list of choices";
    }
    List<String> offered = options.stream().map(String::valueOf).toList();
    for (Object choice : chosen) {
      if (!offered.contains(String.valueOf(choice))) {
        return "cannot be \"" + choice + "\"; the choices are " + options;
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
