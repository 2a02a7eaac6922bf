package io.pmoflow.i18n;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** A translation catalog on the classpath: a JSON object from each English text to its translation. */
public final class Catalog {

  private Catalog() {}

  public static Map<String, String> read(String resource) {
    try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
