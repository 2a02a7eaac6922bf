package io.pmoflow.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermRevisionRepository extends JpaRepository<TermRevision, Long> {

  List<TermRevision> findByProjectIdAndTermKeyOrderByIdDesc(Long projectId, String termKey);

  List<TermRevision> findByProjectIdOrderByIdDesc(Long projectId);
}
