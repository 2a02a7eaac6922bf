package io.pmoflow.i18n;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A text of PMO Flow: a key of the bundle {@code i18n/messages} with its arguments, read in either
 * language. One code path writes it; the bundle holds the English ({@code messages.properties}) and
 * the Japanese ({@code messages_ja.properties}). An argument that is itself a {@code Text} is read in
 * the same language.
 *
 * <p>The bundle is read here directly, not through Spring, so that code the engine runs outside the
 * Spring context (the form guard, a listener's refusal) reads the same texts.
 */
public final class Text {

  private static final ResourceBundleMessageSource BUNDLE = bundle();

  private final String key;
  private final Object[] args;

  private Text(String key, Object[] args) {
    this.key = key;
    this.args = args;
  }

  public static Text of(String key, Object... args) {
    return new Text(key, args);
  }

  public String key() {
    return key;
  }

  /** The text in the given language (English for a language PMO Flow does not speak). */
  public String in(Locale language) {
    Locale supported = Languages.supported(language);
    Object[] read = Arrays.stream(args).map(a -> a instanceof Text text ? text.in(supported) : a).toArray();
    return BUNDLE.getMessage(key, read, supported);
  }

  /** The text in the language of the request being served; English outside a request. */
  public String inRequestLanguage() {
    return in(RequestLanguage.current(Languages.ENGLISH));
  }

  @Override
  public String toString() {
    return in(Languages.ENGLISH);
  }

  private static ResourceBundleMessageSource bundle() {
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasename("i18n/messages");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    return bundle;
  }
}
