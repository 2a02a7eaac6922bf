package io.pmoflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The picture of each model on its docs page, rendered from the BPMN in the build: bpmn-js (the
 * Modeler's renderer, an npm devDependency) draws every processes/*.bpmn in Chromium and the SVG is
 * written to {@code docs/images/<model>.svg}. A picture that differs from the committed one is
 * reported (console and {@code target/model-diagrams/changes.md}): review it and commit it with the
 * model. No server: a blank page with bpmn-js's viewer script.
 */
class ModelDiagramsBrowserIT {

  static final Path MODELS = Path.of("processes");
  static final Path PICTURES = Path.of("docs/images");
  static final Path REPORT = Path.of("target/model-diagrams/changes.md");
  static final Path VIEWER = Path.of("node_modules/bpmn-js/dist/bpmn-viewer.production.min.js");

  /** bpmn-js names each arrow-head marker with a random suffix per renderer: numbered instead. */
  private static final Pattern MARKER_ID = Pattern.compile("<marker id=\"([^\"]+)\"");

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @BeforeAll
  static void viewerInstalled() {
    if (!Files.isRegularFile(VIEWER)) {
      String message = "NO BPMN-JS at " + VIEWER + ": the model pictures in docs/images were not rendered. "
          + "Run 'npm ci' in the project folder.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message);
      }
      System.err.println("\n!!!!!!!!!!\n!!! " + message + "\n!!!!!!!!!!\n");
      Assumptions.abort(message);
    }
  }

  static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void rendersTheModelForItsDocsPage(Path model) throws IOException {
    Page page = browser.newPage();
    page.setContent("<!doctype html><html><body style=\"margin:0\">"
        + "<div id=\"canvas\" style=\"width:1600px;height:1000px\"></div></body></html>");
    page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(VIEWER)));
    @SuppressWarnings("unchecked")
    Map<String, Object> rendered = (Map<String, Object>) page.evaluate(
        """
        async xml => {
          const viewer = new BpmnJS({ container: '#canvas' });
          const imported = await viewer.importXML(xml);
          const { svg } = await viewer.saveSVG();
          viewer.destroy();
          return { svg, warnings: imported.warnings.map(w => w.message) };
        }
        """,
        Files.readString(model));
    page.context().close();

    assertThat((List<?>) rendered.get("warnings"))
        .as("bpmn-js's warnings importing %s (what it cannot draw)", model)
        .isEmpty();
    String svg = stableMarkerIds((String) rendered.get("svg")) + "\n";
    assertThat(svg).contains("<svg").contains("djs-element");

    String name = model.getFileName().toString().replaceFirst("\\.bpmn$", "");
    Path picture = PICTURES.resolve(name + ".svg");
    String before = Files.exists(picture) ? Files.readString(picture) : null;
    if (!svg.equals(before)) {
      Files.createDirectories(PICTURES);
      Files.writeString(picture, svg);
      report(name, before == null
          ? "is new: " + picture + " written, commit it"
          : "changed: " + picture + " rewritten from " + model + ", review and commit it");
    }
  }

  /** The same model gives the same file: marker ids numbered in order of appearance. */
  static String stableMarkerIds(String svg) {
    Map<String, String> renamed = new LinkedHashMap<>();
    Matcher marker = MARKER_ID.matcher(svg);
    while (marker.find()) {
      renamed.putIfAbsent(marker.group(1), "marker-" + (renamed.size() + 1));
    }
    String stable = svg;
    for (Map.Entry<String, String> id : renamed.entrySet()) {
      // the marker itself and every url('#...') that points at it; the random part is unique
      stable = stable.replace(id.getKey(), id.getValue());
    }
    return stable;
  }

  private static synchronized void report(String name, String what) throws IOException {
    System.out.println("MODEL DIAGRAM " + name + " " + what);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, "- model diagram " + name + " " + what + "\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
