package io.pmoflow.forms;

import java.util.List;

/**
 * One keyed component of a Camunda Form, as far as the server needs it to judge a submission.
 *
 * @param options the values a radio, select, checklist or taglist offers, when they are listed in
 *     the form itself; {@code null} when the form takes them from elsewhere
 * @param optionsKey the variable that holds the options ({@code valuesKey}), if any
 */
record FormField(
    String key,
    String type,
    String label,
    boolean editable,
    boolean required,
    boolean conditional,
    List<Object> options,
    String optionsKey,
    Integer maxLength,
    Double min,
    Double max) {

  /** A decision among the form's choices: a gateway may follow it, so it must be given. */
  boolean isChoice() {
    return type.equals("radio") || type.equals("select");
  }

  boolean multipleChoice() {
    return type.equals("checklist") || type.equals("taglist");
  }
}
