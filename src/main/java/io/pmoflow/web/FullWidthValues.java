package io.pmoflow.web;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A number, date or named value sent as full-width text ({@code "２５０，０００"}, {@code
 * "２０２７－０３－３１"}) is read as its half-width form; anything still unreadable after that is
 * refused as before, with the field named.
 */
final class FullWidthValues extends DeserializationProblemHandler {

  private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) throws IOException {
    String halfWidth = FullWidth.toHalfWidth(value).strip();
    if (Number.class.isAssignableFrom(targetType) || targetType.isPrimitive()) {
      if (GROUPED_NUMBER.matcher(halfWidth).matches()) {
        halfWidth = halfWidth.replace(",", "");
      }
    }
    if (halfWidth.equals(value)) {
      return NOT_HANDLED;
    }
    return ctxt.readTreeAsValue(TextNode.valueOf(halfWidth), targetType);
  }
}
