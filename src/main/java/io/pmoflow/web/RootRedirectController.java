package io.pmoflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The root URL opens Tasklist, where people do their work. */
@Controller
class RootRedirectController {

  @GetMapping("/")
  String tasklist() {
    return "redirect:/camunda/app/tasklist/";
  }
}
