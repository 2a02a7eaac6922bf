package io.pmoflow.rfp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RfpScoreRepository extends JpaRepository<RfpScore, Long> {

  List<RfpScore> findByRfpId(Long rfpId);

  List<RfpScore> findByRfpIdAndEvaluator(Long rfpId, String evaluator);
}
