package io.pmoflow.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DictionaryTermRepository extends JpaRepository<DictionaryTerm, Long> {

  List<DictionaryTerm> findByProjectIdOrderByTermKey(Long projectId);

  Optional<DictionaryTerm> findByProjectIdAndTermKey(Long projectId, String termKey);
}
