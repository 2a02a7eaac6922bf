package io.pmoflow.specchange;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestSectionRepository extends JpaRepository<ChangeRequestSection, Long> {
  List<ChangeRequestSection> findByChangeRequestIdOrderById(Long changeRequestId);
}
