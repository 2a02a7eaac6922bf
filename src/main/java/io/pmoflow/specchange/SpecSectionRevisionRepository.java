package io.pmoflow.specchange;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SpecSectionRevisionRepository extends JpaRepository<SpecSectionRevision, Long> {
  @Query(
      "select r from SpecSectionRevision r, SpecSection s where r.sectionId = s.id"
          + " and s.projectId = :projectId order by r.version")
  List<SpecSectionRevision> findByProject(@Param("projectId") Long projectId);
}
