package io.pmoflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Camunda Form lets a person see and change: its keyed fields (editable or shown read-only)
 * and every variable its texts, labels and expressions refer to. The server holds a submission and
 * a read of the task's variables against it.
 */
public final class FormSpec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KEYED_TYPES =
      Set.of(
          "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist",
          "datetime", "expression");
  /** Words of FEEL and of form-js templates; they name no variable. */
  private static final Set<String> NOT_VARIABLES =
      Set.of("if", "then", "else", "and", "or", "not", "null", "true", "false", "for", "in", "return",
          "some", "every", "satisfies", "each", "this", "parent", "_this_", "_parent_", "between");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.\"'])([A-Za-z_][A-Za-z0-9_]*)");

  private final String id;
  private final Map<String, FormField> fields;
  private final Set<String> readable;

  private FormSpec(String id, Map<String, FormField> fields, Set<String> readable) {
    this.id = id;
    this.fields = Collections.unmodifiableMap(fields);
    this.readable = Collections.unmodifiableSet(readable);
  }

  public static FormSpec parse(byte[] formJson) {
    try {
      JsonNode root = JSON.readTree(formJson);
      Map<String, FormField> fields = new LinkedHashMap<>();
      Set<String> readable = new LinkedHashSet<>();
      collect(root.path("components"), fields, readable);
      readable.addAll(fields.keySet());
      return new FormSpec(root.path("id").asText(), fields, readable);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Camunda Form: " + e.getMessage(), e);
    }
  }

  public String id() {
    return id;
  }

  /** The field with this key, if the form has one. */
  FormField field(String key) {
    return fields.get(key);
  }

  Iterable<FormField> fields() {
    return fields.values();
  }

  /** The keys of the fields a person may change in this form. */
  public Set<String> editableKeys() {
    Set<String> keys = new LinkedHashSet<>();
    fields.values().stream().filter(FormField::editable).forEach(field -> keys.add(field.key()));
    return keys;
  }

  /** Every variable a person using this form may see: its fields and the names its texts show. */
  public Set<String> shownNames() {
    return readable;
  }

  /** Whether a person using this form may see the variable (a field or a name the form shows). */
  public boolean shows(String variable) {
    return readable.contains(variable);
  }

  private static void collect(JsonNode components, Map<String, FormField> fields, Set<String> readable) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      component.fields().forEachRemaining(entry -> referencedNames(entry.getValue(), readable));
      if (KEYED_TYPES.contains(type) && component.hasNonNull("key")) {
        FormField field = field(component, type);
        fields.put(field.key(), field);
        if (field.optionsKey() != null) {
          readable.add(field.optionsKey());
        }
      }
      collect(component.path("components"), fields, readable);
    }
  }

  private static FormField field(JsonNode component, String type) {
    JsonNode validate = component.path("validate");
    boolean locked =
        component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
    List<Object> options = null;
    if (component.has("values")) {
      options = new ArrayList<>();
      for (JsonNode option : component.path("values")) {
        options.add(JSON.convertValue(option.path("value"), Object.class));
      }
    }
    return new FormField(
        component.path("key").asText(),
        type,
        component.path("label").asText(component.path("dateLabel").asText(null)),
        type.equals("expression") || !locked,
        validate.path("required").asBoolean(false),
        hideCondition(component),
        component.path("properties").path("requiredWhenShown").asText("").equals("true"),
        options,
        component.path("valuesKey").asText(null),
        validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
        validate.has("min") ? validate.path("min").asDouble() : null,
        validate.has("max") ? validate.path("max").asDouble() : null);
  }

  private static String hideCondition(JsonNode component) {
    String hide = component.path("conditional").path("hide").asText("").strip();
    if (hide.isEmpty()) {
      return null;
    }
    return hide.startsWith("=") ? hide.substring(1) : hide;
  }

  /** Collects the variables a text, label or expression ("=..." or "{{...}}") refers to. */
  private static void referencedNames(JsonNode value, Set<String> names) {
    if (value.isContainerNode()) {
      value.forEach(child -> referencedNames(child, names));
      return;
    }
    if (!value.isTextual()) {
      return;
    }
    String text = value.asText();
    if (text.startsWith("=")) {
      identifiers(text.substring(1), names);
    }
    Matcher template = TEMPLATE.matcher(text);
    while (template.find()) {
      identifiers(template.group(1), names);
    }
  }

  /** The variables a FEEL expression (without its "=") refers to. */
  static Set<String> names(String expression) {
    Set<String> names = new LinkedHashSet<>();
    identifiers(expression, names);
    return names;
  }

  private static void identifiers(String expression, Set<String> names) {
    String withoutStrings = expression.replaceAll("\"[^\"]*\"|'[^']*'", " ");
    Matcher matcher = IDENTIFIER.matcher(withoutStrings);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!NOT_VARIABLES.contains(name)) {
        names.add(name);
      }
    }
  }
}
