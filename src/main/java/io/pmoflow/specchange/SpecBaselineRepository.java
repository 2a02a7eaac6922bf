package io.pmoflow.specchange;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SpecBaselineRepository extends JpaRepository<SpecBaseline, Long> {
  List<SpecBaseline> findByProjectIdOrderByVersion(Long projectId);

  boolean existsByProjectId(Long projectId);

  @Query("select max(b.version) from SpecBaseline b where b.projectId = :projectId")
  Integer currentVersion(@Param("projectId") Long projectId);
}
