package io.pmoflow.specchange;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {
  long countByProjectId(Long projectId);
}
