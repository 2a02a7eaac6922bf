package io.pmoflow.deployment;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Deploys all models and forms as one deployment, so {@code camunda:formRefBinding="deployment"}
 * finds each task's form. Duplicate filtering makes a restart deploy nothing unless a model or
 * form changed; then everything is deployed together again, keeping forms next to their models.
 */
@Component
public class ModelDeployer implements SmartInitializingSingleton {

  public static final String DEPLOYMENT_NAME = "pmo-flow";

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ModelResources resources;
  private final RunningInstanceUpgrade upgrade;

  @Autowired
  public ModelDeployer(RepositoryService repositoryService, RunningInstanceUpgrade upgrade) {
    this(repositoryService, new ModelResources(ModelDeployer.class.getClassLoader()), upgrade);
  }

  ModelDeployer(RepositoryService repositoryService, ModelResources resources, RunningInstanceUpgrade upgrade) {
    this.repositoryService = repositoryService;
    this.resources = resources;
    this.upgrade = upgrade;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deploy();
    upgrade.run();
  }

  /** Deploys every model and form, unless none of them changed since the last deployment. */
  public void deploy() {
    Map<String, byte[]> models = resources.load();
    if (models.isEmpty()) {
      LOG.warn("No models found under processes/ or forms/ on the classpath; nothing deployed");
      return;
    }
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME)
            .enableDuplicateFiltering(false);
    models.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    Deployment deployment = builder.deploy();
    LOG.info("Models: {} resources; current deployment {}", models.size(), deployment.getId());
  }
}
