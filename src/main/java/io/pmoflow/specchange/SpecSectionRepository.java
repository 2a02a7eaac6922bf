package io.pmoflow.specchange;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpecSectionRepository extends JpaRepository<SpecSection, Long> {
  List<SpecSection> findByProjectIdOrderByKey(Long projectId);

  Optional<SpecSection> findByProjectIdAndKey(Long projectId, String key);
}
