package io.pmoflow.specchange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManualSectionRepository extends JpaRepository<ManualSection, Long> {
  List<ManualSection> findByProjectIdOrderByKey(Long projectId);

  Optional<ManualSection> findByProjectIdAndKey(Long projectId, String key);

  List<ManualSection> findByIdIn(Collection<Long> ids);
}
