package io.pmoflow.web;

import io.pmoflow.i18n.Text;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What was wrong with a request body that could not be read, in the words of the API: the path of
 * the field and what it must be. Never a Java class name, package or method signature.
 */
final class UnreadableInput {

  private UnreadableInput() {}

  /** The field a body could not be read at, if the failure is about one field's value. */
  static Optional<FieldProblem> fieldProblem(Throwable failure) {
    JsonMappingException mapping = find(failure, JsonMappingException.class);
    // a syntax error inside a list or object arrives wrapped with the path where it happened
    if (mapping == null || mapping.getPath().isEmpty() || find(failure, JsonParseException.class) != null) {
      return Optional.empty();
    }
    String field = path(mapping);
    if (find(failure, InputCoercionException.class) != null) {
      return Optional.of(FieldProblem.of(field, "input.too-large"));
    }
    Class<?> type = mapping instanceof MismatchedInputException m ? m.getTargetType() : null;
    return Optional.of(new FieldProblem(field, (type == null ? Text.of("input.invalid") : expected(type)).inRequestLanguage()));
  }

  /** A sentence for a body that is not JSON at all (or no body), with where reading stopped. */
  static String notJson(Throwable failure) {
    JsonProcessingException parse = find(failure, JsonParseException.class);
    JsonProcessingException json = parse != null ? parse : find(failure, JsonProcessingException.class);
    if (json == null) {
      return Text.of("input.body-required").inRequestLanguage();
    }
    JsonLocation at = json.getLocation();
    return at == null || at.getLineNr() < 1
        ? Text.of("input.not-json").inRequestLanguage()
        : Text.of("input.not-json-at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr())).inRequestLanguage();
  }

  /** {@code changes[1].sectionKey}: field names joined by dots, list positions in brackets. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** What a value of {@code type} must be, as the API's user knows types: JSON ones. */
  static Text expected(Class<?> type) {
    if (type.isEnum()) {
      return Text.of("input.one-of",
          Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
      return Text.of("input.text");
    }
    if (type == boolean.class || type == Boolean.class) {
      return Text.of("input.boolean");
    }
    if (type == int.class || type == long.class || type == short.class || type == byte.class
        || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
        || type == BigInteger.class) {
      return Text.of("input.whole-number");
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return Text.of("input.number");
    }
    if (type == LocalDate.class) {
      return Text.of("input.date");
    }
    if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
      return Text.of("input.instant");
    }
    if (type == LocalDateTime.class) {
      return Text.of("input.local-date-time");
    }
    if (type == LocalTime.class) {
      return Text.of("input.time");
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return Text.of("input.list");
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
      return Text.of("input.object");
    }
    return Text.of("input.wrong-type");
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> kind) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (kind.isInstance(t)) {
        return kind.cast(t);
      }
    }
    return null;
  }
}
