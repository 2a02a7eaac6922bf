package io.pmoflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the models ({@code processes/*.bpmn, *.dmn}) and forms ({@code forms/*.form}) on the
 * classpath and names each by its path below the classpath root, e.g. {@code
 * processes/spec-change-approval.bpmn}. The name is the same whether the classes come from a
 * folder ({@code mvn spring-boot:run}) or from the fat jar, so a restart in the other launch mode
 * deploys nothing new.
 */
public class ModelResources {

  static final List<String> PATTERNS =
      List.of("processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form");

  private final ResourcePatternResolver resolver;

  public ModelResources(ClassLoader classLoader) {
    this.resolver = new PathMatchingResourcePatternResolver(classLoader);
  }

  /** Every model and form by its stable name, sorted by name. */
  public Map<String, byte[]> load() {
    Map<String, byte[]> byName = new TreeMap<>();
    for (String pattern : PATTERNS) {
      for (Resource resource : find("classpath*:" + pattern)) {
        byName.put(stableName(resource, pattern.substring(0, pattern.indexOf('/') + 1)), read(resource));
      }
    }
    return byName;
  }

  private Resource[] find(String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }

  static String stableName(Resource resource, String rootFolder) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = url.lastIndexOf("/" + rootFolder);
    if (start < 0) {
      throw new IllegalStateException(url + " is not below a " + rootFolder + " folder");
    }
    return url.substring(start + 1);
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
