package io.pmoflow.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's view the {@link PageFrame} as {@code frame}. */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {

  private final PageFrames frames;

  PageModel(PageFrames frames) {
    this.frames = frames;
  }

  @ModelAttribute("frame")
  PageFrame frame(HttpServletRequest request) {
    return frames.of(request);
  }
}
