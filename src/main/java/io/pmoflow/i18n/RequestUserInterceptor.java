package io.pmoflow.i18n;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Tells the request's language who the request's logged-in person is, as the engine knows them. */
class RequestUserInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    Authentication user = Context.getCommandContext().getAuthentication();
    if (user != null) {
      RequestLanguage.noteUser(user.getUserId());
    }
    return next.execute(command);
  }
}
