package io.pmoflow.specchange;

/** What a specification section describes. UI screens are the ones the user manual shows. */
public enum SectionKind {
  FUNCTIONAL,
  UI_SCREEN,
  INTERFACE,
  DATA,
  NON_FUNCTIONAL
}
