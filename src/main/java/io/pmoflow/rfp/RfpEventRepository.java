package io.pmoflow.rfp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RfpEventRepository extends JpaRepository<RfpEvent, Long> {

  List<RfpEvent> findByRfpIdOrderById(Long rfpId);
}
