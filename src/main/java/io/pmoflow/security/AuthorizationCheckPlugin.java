package io.pmoflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the engine's authorization checks and the identity cost per request, and what they skip.
 *
 * <p>Camunda narrows the user's groups to those that appear in any authorization before each
 * check, by reading every group id in {@code ACT_RU_AUTHORIZATION} ({@code SELECT distinct(GROUP_ID_)},
 * once per command). That table grows with every vendor and every open candidate-group task, so the
 * narrowing cost more than the check (36% of a start with 1,100 vendors, 77% with 36,000). The
 * narrowing never changes an answer — a group with no authorization matches none in the check — so
 * the groups go to the check as the login gave them ({@code pmoflow.security.narrow-groups: true}
 * brings Camunda's behaviour back). Revoking authorizations stay checked: an administrator may still
 * create one in Camunda Admin.
 *
 * <p>It also installs the identity provider that keeps {@link VerifiedLogins} true.
 */
@Component
class AuthorizationCheckPlugin extends AbstractProcessEnginePlugin {

  private final VerifiedLogins logins;
  private final boolean narrowGroups;

  AuthorizationCheckPlugin(VerifiedLogins logins, @Value("${pmoflow.security.narrow-groups:false}") boolean narrowGroups) {
    this.logins = logins;
    this.narrowGroups = narrowGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ForgettingIdentityProvider.install(configuration, logins);
    if (narrowGroups) {
      return;
    }
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(sessionFactory(AuthorizationManager.class, GroupsAsGiven::new));
    configuration.setCustomSessionFactories(factories);
  }

  /** A session factory that makes the engine open {@code sessions} where it asks for {@code type}. */
  static SessionFactory sessionFactory(Class<?> type, Supplier<Session> sessions) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return sessions.get();
      }
    };
  }

  /** Camunda's authorization manager, minus the narrowing of the groups. */
  static class GroupsAsGiven extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
