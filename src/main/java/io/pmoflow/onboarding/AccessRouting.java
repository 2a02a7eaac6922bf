package io.pmoflow.onboarding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * Routes access requests when they are made, by the business's {@code access-approval} table as
 * deployed (its latest version; business people edit and deploy the table, the code never holds
 * the rule). The table is evaluated by a DMN engine configured like the process engine's (Java
 * FEEL), on the definition the engine caches, parsed once per version; unlike the engine's own
 * evaluation, it writes no decision instance per request: the grant keeps the route, the rule,
 * the inputs in words and the table's version instead ({@link AccessDecisions#route}).
 */
@Component
public class AccessRouting {

  static final String TABLE = "access-approval";

  private final ProcessEngineConfigurationImpl engine;
  private final DmnEngine dmn;
  private final Map<String, DmnDecision> parsedById = new ConcurrentHashMap<>();

  public AccessRouting(ProcessEngine processEngine) {
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.dmn = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
        .enableFeelLegacyBehavior(engine.isDmnFeelEnableLegacyBehavior())
        .buildEngine();
  }

  /** The table as deployed now: look it up once per request, then route each of its grants. */
  public Table table() {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      // inside another command (the Tasklist start form's listener) this is that command's context
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        DecisionDefinition definition = context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestDecisionDefinitionByKey(TABLE);
        DmnDecision decision = parsedById.computeIfAbsent(definition.getId(), id -> {
          DmnModelInstance model = context.getProcessEngineConfiguration().getDeploymentCache()
              .findDmnModelInstanceForDecisionDefinition(id);
          return dmn.parseDecision(TABLE, model);
        });
        return new Table(decision, TABLE + " version " + definition.getVersion());
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }

  /** One version of the table, ready to route requests. */
  public final class Table {

    private final DmnDecision decision;
    private final String version;

    Table(DmnDecision decision, String version) {
      this.decision = decision;
      this.version = version;
    }

    /** The route for a request with these facts; the table answers every combination (its last rule is a catch-all). */
    public AccessRoute route(Sensitivity sensitivity, AccessLevel accessLevel, MemberType memberType) {
      VariableMap facts = Variables.createVariables()
          .putValue("sensitivity", sensitivity.name())
          .putValue("accessLevel", accessLevel.name())
          .putValue("memberType", memberType.name());
      DmnDecisionResultEntries result = dmn.evaluateDecision(decision, facts).getSingleResult();
      if (result == null) {
        throw new IllegalStateException(version + " has no rule for " + inWords(facts));
      }
      return new AccessRoute(result.getEntry("route"), result.getEntry("rule"), inWords(facts), version);
    }

    /** "System sensitivity: LOW; Role's access level: WRITE; Member type: EMPLOYEE", in the table's own labels. */
    private String inWords(VariableMap facts) {
      List<DmnDecisionTableInputImpl> inputs = ((DmnDecisionTableImpl) decision.getDecisionLogic()).getInputs();
      return inputs.stream()
          .map(input -> input.getName() + ": " + facts.get(input.getExpression().getExpression().strip()))
          .collect(Collectors.joining("; "));
    }
  }
}
