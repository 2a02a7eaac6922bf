package io.pmoflow.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

  Optional<DocumentVersion> findFirstByDocumentKeyOrderByVersionDesc(String documentKey);

  Optional<DocumentVersion> findByDocumentKeyAndVersion(String documentKey, int version);

  List<DocumentVersion> findByDocumentKeyOrderByVersion(String documentKey);
}
