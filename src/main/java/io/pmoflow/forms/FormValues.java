package io.pmoflow.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Values as a form sees them, whatever way they arrived: a number typed as Integer, Long or Double,
 * an empty text, a JSON object still serialized. Two values a person could not tell apart compare
 * equal.
 */
final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {}

  static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return plain(readJson(serializable.getValueSerialized()));
    }
    if (value instanceof TypedValue typed) {
      return plain(typed.getValue());
    }
    if (value == null || value instanceof String text && text.isEmpty()) {
      return null;
    }
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString()).stripTrailingZeros();
      } catch (NumberFormatException notFinite) {
        return number.toString();
      }
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
      return plain;
    }
    if (value instanceof Collection<?> items) {
      List<Object> plain = new ArrayList<>();
      items.forEach(item -> plain.add(plain(item)));
      return plain;
    }
    // Spin's JSON nodes and anything else print as JSON or text
    return plain(readJson(value.toString()));
  }

  static boolean isEmpty(Object plain) {
    return plain == null || plain instanceof Collection<?> items && items.isEmpty();
  }

  private static Object readJson(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readValue(text, Object.class);
    } catch (Exception notJson) {
      return text;
    }
  }
}
