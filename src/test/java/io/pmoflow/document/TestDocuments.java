package io.pmoflow.document;

import io.pmoflow.i18n.I18nSettings;
import io.pmoflow.i18n.PersonLanguages;
import io.pmoflow.i18n.Texts;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A document renderer without a Spring context, for unit tests of documents. */
public final class TestDocuments {

  /** The time zone the tests' dates are shown in. */
  public static final ZoneId TIME_ZONE = ZoneId.of("Asia/Tokyo");

  private TestDocuments() {}

  /** The message bundles as application.yml names them (spring.messages.basename). */
  public static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/messages", "i18n/documents", "i18n/mails");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** Texts from those bundles, dates in {@link #TIME_ZONE}; everyone reads English. */
  public static Texts texts() {
    return texts(userId -> Locale.ENGLISH);
  }

  /** Texts from those bundles, dates in {@link #TIME_ZONE}; people read what {@code people} says. */
  public static Texts texts(PersonLanguages people) {
    return new Texts(messages(), new I18nSettings(Locale.ENGLISH, TIME_ZONE), people);
  }

  /** The template engine as Spring Boot configures it: templates/*.html, SpEL expressions, the bundles. */
  public static DocumentRenderer renderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages());
    return new DocumentRenderer(engine, texts());
  }
}
