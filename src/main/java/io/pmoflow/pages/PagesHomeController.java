package io.pmoflow.pages;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code /pmo} opens the projects; for a vendor's staff, the vendor portal. */
@PageController
class PagesHomeController {

  @GetMapping({PagesConfiguration.PATH, PagesConfiguration.PATH + "/"})
  String home(@ModelAttribute("frame") PageFrame frame) {
    return "redirect:" + PagesConfiguration.PATH + (frame.vendorStaff() ? "/portal" : "/projects");
  }
}
