package io.pmoflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** The options of a form's select whose {@code valuesKey} names a variable: a JSON list, which Tasklist hands to the select. */
public final class SelectOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SelectOptions() {}

  /** The values (for a select, maps of {@code label} and {@code value}) as a JSON variable. */
  public static TypedValue json(List<?> values) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(values)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
