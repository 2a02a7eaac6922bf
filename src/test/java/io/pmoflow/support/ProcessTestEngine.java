package io.pmoflow.support;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The in-memory engine of the *ProcessTest classes ({@code process-test.cfg.xml}), with process
 * coverage recorded (reports under target/process-test-coverage) and enforced: a test class that
 * covers less of its process than {@code process.coverage.minimum} (pom.xml) fails.
 */
public final class ProcessTestEngine {

  private ProcessTestEngine() {}

  public static ProcessEngineCoverageExtension withCoverage() {
    return ProcessEngineCoverageExtension.Companion.builder("process-test.cfg.xml")
        .assertClassCoverageAtLeast(
            Double.parseDouble(System.getProperty("process.coverage.minimum", "0.9")))
        .build();
  }

  /** The same engine for tests of shared mechanisms on small models made in the test itself. */
  public static ProcessEngineCoverageExtension forFixtures() {
    return ProcessEngineCoverageExtension.Companion.builder("process-test.cfg.xml").build();
  }
}
