package io.pmoflow.specchange;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeDecisionRepository extends JpaRepository<ChangeDecision, Long> {
  List<ChangeDecision> findByChangeRequestIdOrderById(Long changeRequestId);
}
