package io.pmoflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The engine REST API and the webapps find "the default engine" in Camunda's static registry, one
 * per JVM. Several cached test contexts each register their engine under that name, and the last
 * started wins. Before each test this puts the test's own engine back in the registry, so that
 * HTTP calls reach the engine of the application under test.
 */
public class CurrentEngineListener extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    testContext
        .getApplicationContext()
        .getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
