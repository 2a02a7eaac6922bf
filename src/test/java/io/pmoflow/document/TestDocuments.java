package io.pmoflow.document;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A document renderer without a Spring context, for unit tests of documents. */
public final class TestDocuments {

  private TestDocuments() {}

  /** The template engine as Spring Boot configures it: templates/*.html, SpEL expressions. */
  public static DocumentRenderer renderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return new DocumentRenderer(engine);
  }
}
