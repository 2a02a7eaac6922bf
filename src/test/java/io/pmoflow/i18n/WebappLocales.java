package io.pmoflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/** The webapps' locale files (app/<app>/locales/<lang>.json) as the classpath has them. */
public final class WebappLocales {

  static final String PATH = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {}

  /** Camunda's file, from the webjar. */
  public static JsonNode camunda(String app, String language) {
    return read(app, language, true);
  }

  /** PMO Flow's file, from src/main/resources: the one the webapps are served. */
  public static JsonNode own(String app, String language) {
    return read(app, language, false);
  }

  /** The text of one label of PMO Flow's file, e.g. Tasklist's START_PROCESS in Japanese. */
  public static String label(String app, String language, String key) {
    JsonNode text = own(app, language).path("labels").path(key);
    if (!text.isTextual()) {
      throw new AssertionError(PATH.formatted(app, language) + " has no label " + key);
    }
    return text.asText();
  }

  private static JsonNode read(String app, String language, boolean fromTheWebjar) {
    String path = PATH.formatted(app, language);
    try {
      for (URL url : Collections.list(WebappLocales.class.getClassLoader().getResources(path))) {
        if (url.getProtocol().equals("jar") == fromTheWebjar) {
          try (InputStream in = url.openStream()) {
            // Camunda's files start with a byte order mark
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError((fromTheWebjar ? "the webjar has no " : "src/main/resources has no ") + path);
  }
}
