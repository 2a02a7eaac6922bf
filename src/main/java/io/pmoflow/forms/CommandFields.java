package io.pmoflow.forms;

import java.lang.reflect.Field;

/**
 * Reads and replaces the arguments of Camunda's commands. The engine keeps them in protected fields
 * of its command classes; {@code FormInputGuardTest} fails if a Camunda upgrade renames one.
 */
final class CommandFields {

  private CommandFields() {}

  @SuppressWarnings("unchecked")
  static <T> T get(Object command, String name) {
    try {
      return (T) field(command.getClass(), name).get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static void set(Object command, String name, Object value) {
    try {
      field(command.getClass(), name).set(command, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getName() + " has no field " + name + " (Camunda changed?)");
  }
}
