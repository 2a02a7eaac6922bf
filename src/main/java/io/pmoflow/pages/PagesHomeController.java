package io.pmoflow.pages;

import org.springframework.web.bind.annotation.GetMapping;

/** {@code /pmo} opens the projects. */
@PageController
class PagesHomeController {

  @GetMapping({PagesConfiguration.PATH, PagesConfiguration.PATH + "/"})
  String home() {
    return "redirect:" + PagesConfiguration.PATH + "/projects";
  }
}
