package io.pmoflow.rfp;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RfpProposalRepository extends JpaRepository<RfpProposal, Long> {

  List<RfpProposal> findByRfpIdOrderById(Long rfpId);

  Optional<RfpProposal> findByRfpIdAndVendorCode(Long rfpId, String vendorCode);
}
