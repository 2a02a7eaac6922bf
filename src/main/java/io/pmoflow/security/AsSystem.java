package io.pmoflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the system, not as the API caller: for steps the application has already
 * allowed (e.g. correlating a message to an instance the caller may not browse, or creating a
 * vendor's group) where the caller needs no engine grant of their own.
 */
@Component
public class AsSystem {

  private final IdentityService identityService;

  public AsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
