package io.pmoflow.security;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * Camunda's database identity provider that makes {@link VerifiedLogins} forget a user whose
 * password, profile or memberships change or who is deleted, and everyone when a group is deleted.
 * Every route to the identity (PMO Flow's services, Camunda Admin, {@code /engine-rest/user}) goes
 * through it. It forgets at once and again after the commit: a request checked in between against
 * the old, still committed password must not be remembered past the change.
 */
class ForgettingIdentityProvider extends DbIdentityServiceProvider {

  private final VerifiedLogins logins;

  ForgettingIdentityProvider(VerifiedLogins logins) {
    this.logins = logins;
  }

  /** Makes the engine use this provider (call in a plugin's preInit). */
  static void install(ProcessEngineConfigurationImpl configuration, VerifiedLogins logins) {
    configuration.setIdentityProviderSessionFactory(
        AuthorizationCheckPlugin.sessionFactory(DbIdentityServiceProvider.class, () -> new ForgettingIdentityProvider(logins)));
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    IdentityOperationResult result = super.saveUser(user);
    forget(user.getId());
    return result;
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    IdentityOperationResult result = super.deleteUser(userId);
    forget(userId);
    return result;
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    IdentityOperationResult result = super.createMembership(userId, groupId);
    forget(userId);
    return result;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    IdentityOperationResult result = super.deleteMembership(userId, groupId);
    forget(userId);
    return result;
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    IdentityOperationResult result = super.deleteGroup(groupId);
    forget(null);
    return result;
  }

  /** Forgets the user's logins (everyone's for null) now and once the transaction has committed. */
  private void forget(String userId) {
    Runnable forget = userId == null ? logins::forgetAll : () -> logins.forget(userId);
    forget.run();
    Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, committed -> forget.run());
  }
}
