package io.pmoflow.forms;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A form's hide conditions judged on the server, by the FEEL engine Camunda ships (form-js judges
 * the same FEEL in the browser), on what the person submitted over what the task holds.
 */
final class HideConditions {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  private HideConditions() {}

  /** Whether the form hides the field for these values; a field without a condition always shows. */
  static boolean hides(FormSpec form, FormField field, Map<String, ?> submitted, Function<String, Object> current) {
    if (field.hideCondition() == null) {
      return false;
    }
    VariableMap variables = Variables.createVariables();
    for (String name : FormSpec.names(field.hideCondition())) {
      Object value = FormValues.plain(submitted.containsKey(name) ? submitted.get(name) : current.apply(name));
      variables.putValue(name, asTheFormHoldsIt(form.field(name), value));
    }
    return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(field.hideCondition(), variables.asVariableContext()));
  }

  /** A choice sent as true where the form's options are "true" and "false" is compared as the form's "true". */
  private static Object asTheFormHoldsIt(FormField field, Object value) {
    List<Object> options = field == null ? null : field.options();
    if (value == null || value instanceof String || options == null || options.isEmpty()
        || !options.stream().allMatch(String.class::isInstance)) {
      return value;
    }
    return String.valueOf(value);
  }
}
