package io.pmoflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.i18n.Text;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** The 401 and 403 problem responses (RFC 9457) of the authentication filters. */
final class AuthenticationProblems {

  private AuthenticationProblems() {}

  static void unauthorized(HttpServletResponse response, ObjectMapper objectMapper, boolean missing)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"PMO Flow\", charset=\"UTF-8\"");
    write(
        response,
        objectMapper,
        HttpStatus.UNAUTHORIZED,
        Text.of("problem.title.401").inRequestLanguage(),
        Text.of(missing ? "problem.log-in" : "problem.wrong-login").inRequestLanguage());
  }

  static void forbidden(HttpServletResponse response, ObjectMapper objectMapper, String detail) throws IOException {
    write(response, objectMapper, HttpStatus.FORBIDDEN, Text.of("problem.title.403").inRequestLanguage(), detail);
  }

  private static void write(
      HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
