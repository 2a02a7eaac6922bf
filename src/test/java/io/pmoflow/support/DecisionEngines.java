package io.pmoflow.support;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/** Decision engines for tests of the decision tables. */
public final class DecisionEngines {

  private DecisionEngines() {}

  /**
   * The engine the application evaluates the tables with: Camunda's Java FEEL for the rules, JUEL
   * for the input expressions ({@code dmn-feel-enable-legacy-behavior} in application.yml).
   */
  public static DmnEngine application() {
    return ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
        .enableFeelLegacyBehavior(true).buildEngine();
  }

  /** Camunda's default engine (Scala FEEL), the one the Modeler and the DMN standard describe. */
  public static DmnEngine standardFeel() {
    return DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  }
}
