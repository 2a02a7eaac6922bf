package io.pmoflow.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other in one direction only: a feature's {@code process} package
 * (the engine-facing classes) uses the feature, never the other way round, and no two features
 * need each other.
 */
class PackageCyclesTest {

  static final JavaClasses CODE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.pmoflow");

  @Test
  void noPackageCycles() {
    slices().matching("io.pmoflow.(**)").should().beFreeOfCycles().check(CODE);
  }
}
