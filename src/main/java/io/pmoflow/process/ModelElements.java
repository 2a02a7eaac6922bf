package io.pmoflow.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the class that names, as {@code public static final String} constants, the elements of a
 * BPMN model that Java code and tests refer to (tasks, events, gateways, flows). {@code ModelCheck}
 * fails when a constant names no element of the model, so a renamed element cannot leave a stale id
 * behind.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelElements {

  /** The model's file in processes/, e.g. {@code spec-change-approval.bpmn}. */
  String value();
}
