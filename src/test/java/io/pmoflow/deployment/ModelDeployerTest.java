package io.pmoflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import io.pmoflow.support.ProcessTestEngine;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment rules: one deployment holds every model and form; a restart deploys nothing new
 * unless something changed, also when the restart loads the models from the fat jar instead of a
 * folder (mvn spring-boot:run vs java -jar).
 */
class ModelDeployerTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestEngine.forFixtures();

  @TempDir Path classes;
  RepositoryService repository;

  @BeforeEach
  void writeModels() throws IOException {
    repository = engine.getRepositoryService();
    Files.createDirectories(classes.resolve("processes"));
    Files.createDirectories(classes.resolve("forms"));
    Bpmn.writeModelToFile(
        classes.resolve("processes/tiny.bpmn").toFile(),
        Bpmn.createExecutableProcess("tiny")
            .camundaHistoryTimeToLive(30)
            .startEvent()
            .userTask("Task_Look")
            .camundaFormRef("tiny-look")
            .camundaFormRefBinding("deployment")
            .endEvent()
            .done());
    writeForm("{\"id\":\"tiny-look\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}");
  }

  @AfterEach
  void removeDeployments() {
    repository.createDeploymentQuery().list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void deploysModelsAndFormsTogetherUnderNamesRelativeToTheClasspathRoot() throws IOException {
    new ModelDeployer(repository, fromFolder(), noUpgrade()).deploy();

    Deployment deployment = repository.createDeploymentQuery().singleResult();
    assertThat(deployment.getName()).isEqualTo(ModelDeployer.DEPLOYMENT_NAME);
    assertThat(repository.getDeploymentResourceNames(deployment.getId()))
        .containsExactlyInAnyOrder("processes/tiny.bpmn", "forms/tiny-look.form");
  }

  @Test
  void aRestartWithNothingChangedDeploysNothing() throws IOException {
    new ModelDeployer(repository, fromFolder(), noUpgrade()).deploy();
    new ModelDeployer(repository, fromFolder(), noUpgrade()).deploy();

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
  }

  @Test
  void aRestartFromTheJarInsteadOfTheFolderDeploysNothing() throws IOException {
    assertThat(fromJar().load()).containsOnlyKeys("processes/tiny.bpmn", "forms/tiny-look.form");

    new ModelDeployer(repository, fromFolder(), noUpgrade()).deploy();
    new ModelDeployer(repository, fromJar(), noUpgrade()).deploy();

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
  }

  @Test
  void aChangedFormDeploysEverythingAgainSoFormsStayBesideTheirModels() throws IOException {
    new ModelDeployer(repository, fromFolder(), noUpgrade()).deploy();
    writeForm("{\"id\":\"tiny-look\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[{\"type\":\"text\",\"text\":\"Look\"}]}");
    new ModelDeployer(repository, fromFolder(), noUpgrade()).deploy();

    List<Deployment> deployments = repository.createDeploymentQuery().orderByDeploymentTime().asc().list();
    assertThat(deployments).hasSize(2);
    assertThat(repository.getDeploymentResourceNames(deployments.get(1).getId()))
        .containsExactlyInAnyOrder("processes/tiny.bpmn", "forms/tiny-look.form");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("tiny").latestVersion().singleResult().getVersion())
        .isEqualTo(2);
  }

  private void writeForm(String json) throws IOException {
    Files.writeString(classes.resolve("forms/tiny-look.form"), json);
  }

  private RunningInstanceUpgrade noUpgrade() {
    return new RunningInstanceUpgrade(repository, engine.getRuntimeService(), List.of());
  }

  private ModelResources fromFolder() throws IOException {
    return new ModelResources(isolated(classes.toUri().toURL()));
  }

  /** The same files inside a jar, below BOOT-INF/classes as in Spring Boot's fat jar. */
  private ModelResources fromJar() throws IOException {
    Path jar = classes.getParent().resolve(classes.getFileName() + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.sorted().toList()) {
        String name = "BOOT-INF/classes/" + classes.relativize(file).toString().replace('\\', '/');
        if (Files.isDirectory(file)) {
          out.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
        } else {
          out.putNextEntry(new JarEntry(name));
          Files.copy(file, (OutputStream) out);
        }
        out.closeEntry();
      }
    }
    return new ModelResources(isolated(new URL("jar:" + jar.toUri() + "!/BOOT-INF/classes/")));
  }

  private static ClassLoader isolated(URL root) {
    return new URLClassLoader(new URL[] {root}, null);
  }
}
