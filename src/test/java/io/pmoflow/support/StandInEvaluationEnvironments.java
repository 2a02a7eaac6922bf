package io.pmoflow.support;

import io.pmoflow.evaluation.environment.EvaluationEnvironments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The evaluation environments of the integration tests while this branch stands alone: an in-memory
 * record of what {@link EvaluationEnvironments} was asked to make and remove, with the real data sets' codes.
 * It keeps the contract (idempotent, no password in what it answers) and can be made to fail like an
 * outage. An auto-configuration that yields to the real implementation: once the environments of
 * issue 15 (package {@code io.pmoflow.evaluation.environment}) register their bean, the tests use
 * that one and this stands aside.
 */
public class StandInEvaluationEnvironments implements EvaluationEnvironments {

  /** The codes and classification of the data sets the real environments offer. */
  public static final List<DataSet> DATA_SETS = List.of(
      new DataSet("department-sales", "Department sales", 240, true, false),
      new DataSet("product-catalogue", "Product catalogue", 8, false, false));

  /** Environment key -> the request that made it. */
  public final Map<String, EnvironmentRequest> made = new ConcurrentHashMap<>();
  /** Keys removed, in order. */
  public final List<String> removed = java.util.Collections.synchronizedList(new ArrayList<>());
  /** While true, every call fails as when the evaluation server is unreachable. */
  public final AtomicBoolean outage = new AtomicBoolean();

  @Override
  public EnvironmentInfo provision(EnvironmentRequest request) {
    failIfOut();
    made.put(request.environmentKey(), request);
    return info(request.environmentKey());
  }

  @Override
  public void tearDown(String environmentKey) {
    failIfOut();
    if (made.remove(environmentKey) != null) {
      removed.add(environmentKey);
    }
  }

  @Override
  public List<String> existingEnvironmentKeys() {
    failIfOut();
    return List.copyOf(made.keySet());
  }

  @Override
  public List<DataSet> dataSets() {
    return DATA_SETS;
  }

  @Override
  public Optional<DataSet> dataSet(String code) {
    return DATA_SETS.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  private static EnvironmentInfo info(String key) {
    return new EnvironmentInfo(key, key, key + "_login", key + "_testers", "jdbc:postgresql://localhost/" + key);
  }

  private void failIfOut() {
    if (outage.get()) {
      throw new IllegalStateException("evaluation database server unreachable");
    }
  }

  /** Registers the stand-in only when no real implementation is there. */
  @AutoConfiguration
  public static class Configuration {

    @Bean
    @ConditionalOnMissingBean(EvaluationEnvironments.class)
    StandInEvaluationEnvironments standInEvaluationEnvironments() {
      return new StandInEvaluationEnvironments();
    }
  }
}
