package io.pmoflow.pages;

import io.pmoflow.i18n.Text;
import io.pmoflow.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that cannot be shown answers a page, not the API's problem JSON: its status (403, 404, 409,
 * 500) and the reason in the person's language, inside the shared layout.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

  private final PageFrames frames;
  private final PageTexts texts;

  PageErrors(PageFrames frames, PageTexts texts) {
    this.frames = frames;
    this.texts = texts;
  }

  @ExceptionHandler(PageRefusal.class)
  ModelAndView refused(PageRefusal e, HttpServletRequest request, HttpServletResponse response) {
    return page(e.status(), texts.get(e.key()), request, response);
  }

  @ExceptionHandler(ApiException.class)
  ModelAndView refused(ApiException e, HttpServletRequest request, HttpServletResponse response) {
    return page(e.status(), e.getMessage(), request, response);
  }

  @ExceptionHandler(AuthorizationException.class)
  ModelAndView refused(AuthorizationException e, HttpServletRequest request, HttpServletResponse response) {
    return page(HttpStatus.FORBIDDEN, Text.of("problem.not-allowed", e.getMessage()).inRequestLanguage(), request, response);
  }

  @ExceptionHandler(Exception.class)
  ModelAndView failed(Exception e, HttpServletRequest request, HttpServletResponse response) {
    LOG.error("Unexpected failure of a page request", e);
    return page(HttpStatus.INTERNAL_SERVER_ERROR, Text.of("problem.internal").inRequestLanguage(), request, response);
  }

  private ModelAndView page(HttpStatus status, String reason, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(status.value());
    ModelAndView page = new ModelAndView("pages/error");
    page.setStatus(status);
    page.addObject("frame", frames.of(request));
    page.addObject("status", status.value());
    page.addObject("reason", reason);
    return page;
  }
}
