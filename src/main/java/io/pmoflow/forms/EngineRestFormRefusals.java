package io.pmoflow.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers a refused form with 400 and the refusal in plain words, whatever
 * the route: {@code start} (which Camunda answers with 500 for any engine exception) as well as
 * {@code submit-form} and {@code complete}, and without Camunda's "Cannot submit task form {id}:"
 * in front. Every other error is answered as Camunda answers it.
 */
@Component
class EngineRestFormRefusals implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(RefusalMapper.class);
  }

  @Priority(1)
  static class RefusalMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormInputRefused refusal) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("type", FormInputRefused.class.getSimpleName());
          body.put("message", refusal.getMessage());
          return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }
}
