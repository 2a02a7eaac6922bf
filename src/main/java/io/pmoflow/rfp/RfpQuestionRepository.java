package io.pmoflow.rfp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RfpQuestionRepository extends JpaRepository<RfpQuestion, Long> {

  List<RfpQuestion> findByRfpIdOrderById(Long rfpId);
}
