package io.pmoflow.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.pmoflow.web.AnswerRewriting;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist shows a refused form's message as the engine API of the webapps answers it, which puts
 * "Cannot submit task form 3f2a…:" in front of the rule the person broke. The webapps' engine API
 * is Camunda's own JAX-RS application, closed to providers, so this filter takes that prefix off
 * its 400 answers: the person reads only the rule, in plain words, next to the form.
 */
@Configuration
class TasklistFormRefusals {

  private static final Pattern ENGINE_PREFIX =
      Pattern.compile("^Cannot (?:submit task form|complete task|instantiate process definition) [^ ]+: (.*)$", Pattern.DOTALL);

  @Bean
  FilterRegistrationBean<AnswerRewriting> tasklistFormRefusalMessages(ObjectMapper json) {
    FilterRegistrationBean<AnswerRewriting> registration = new FilterRegistrationBean<>(new PlainRefusals(json));
    registration.setName("tasklist-form-refusals");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }

  /** The message without Camunda's prefix, or the message itself when it has none. */
  static String withoutEnginePrefix(String message) {
    Matcher matcher = ENGINE_PREFIX.matcher(message);
    return matcher.matches() ? matcher.group(1) : message;
  }

  private static final class PlainRefusals extends AnswerRewriting {

    private final ObjectMapper json;

    PlainRefusals(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean rewrites(HttpServletRequest request) {
      return "POST".equals(request.getMethod());
    }

    @Override
    protected int rewrittenStatus() {
      return HttpServletResponse.SC_BAD_REQUEST;
    }

    @Override
    protected byte[] rewritten(byte[] answer) throws IOException {
      if (!(json.readTree(answer) instanceof ObjectNode body) || !body.hasNonNull("message")) {
        throw new IOException("not a JSON error object");
      }
      body.put("message", withoutEnginePrefix(body.get("message").asText()));
      return json.writeValueAsBytes(body);
    }
  }
}
