package io.pmoflow.forms;

import java.util.List;

/**
 * One keyed component of a Camunda Form, as far as the server needs it to judge a submission.
 *
 * @param options the values a radio, select, checklist or taglist offers, when they are listed in
 *     the form itself; {@code null} when the form takes them from elsewhere
 * @param optionsKey the variable that holds the options ({@code valuesKey}), if any
 * @param hideCondition the FEEL condition under which the form hides the field, without its "=";
 *     {@code null} when the field always shows
 * @param requiredWhenShown the field must be given whenever it shows (custom property
 *     {@code requiredWhenShown}); the server checks it, as form-js would leave a hidden field's
 *     "Field is required." behind and Tasklist would keep Complete disabled
 */
record FormField(
    String key,
    String type,
    String label,
    boolean editable,
    boolean required,
    String hideCondition,
    boolean requiredWhenShown,
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
