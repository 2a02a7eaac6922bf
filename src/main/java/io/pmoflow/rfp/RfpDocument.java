package io.pmoflow.rfp;

import io.pmoflow.project.DictionaryTerm;
import io.pmoflow.project.Project;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The RFP's document: its template and what the template reads. */
final class RfpDocument {

  static final String TEMPLATE = "rfp";

  private RfpDocument() {}

  static Map<String, Object> model(
      Rfp rfp, Project project, List<DictionaryTerm> dictionary, int version, Instant generatedAt) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rfp", rfp);
    model.put("project", project);
    model.put("dictionary", dictionary);
    model.put("generatedAt", generatedAt.truncatedTo(ChronoUnit.SECONDS));
    model.put("version", version);
    return model;
  }
}
