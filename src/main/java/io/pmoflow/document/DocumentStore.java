package io.pmoflow.document;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generated documents, versioned: each {@link #generate} renders a template and stores the result
 * as the next version of the document. Any feature may keep its documents here under its own keys.
 */
@Service
public class DocumentStore {

  private final DocumentRenderer renderer;
  private final DocumentVersionRepository versions;
  private final Clock clock;

  DocumentStore(DocumentRenderer renderer, DocumentVersionRepository versions, Clock clock) {
    this.renderer = renderer;
    this.versions = versions;
    this.clock = clock;
  }

  /** Renders the template in {@code language} and stores it as the next version of the document. */
  @Transactional
  public DocumentVersion generate(
      String documentKey, String title, String template, Map<String, Object> model, Locale language, String by) {
    RenderedDocument rendered = renderer.render(template, model, language);
    int next = latest(documentKey).map(DocumentVersion::getVersion).orElse(0) + 1;
    return versions.save(
        new DocumentVersion(documentKey, next, title, rendered, by, clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<DocumentVersion> latest(String documentKey) {
    return versions.findFirstByDocumentKeyOrderByVersionDesc(documentKey);
  }

  @Transactional(readOnly = true)
  public Optional<DocumentVersion> version(String documentKey, int version) {
    return versions.findByDocumentKeyAndVersion(documentKey, version);
  }

  @Transactional(readOnly = true)
  public List<DocumentVersion> versions(String documentKey) {
    return versions.findByDocumentKeyOrderByVersion(documentKey);
  }
}
