package io.pmoflow.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessDecisionRepository extends JpaRepository<AccessDecision, Long> {

  List<AccessDecision> findByGrantIdOrderById(Long grantId);
}
