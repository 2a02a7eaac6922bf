package io.pmoflow.rfp;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RfpProposalRepository extends JpaRepository<RfpProposal, Long> {

  List<RfpProposal> findByRfpIdOrderById(Long rfpId);

  Optional<RfpProposal> findByRfpIdAndVendorCode(Long rfpId, String vendorCode);

  /** The proposal, locked until the transaction ends: two uploads at once cannot both pass the size limit. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from RfpProposal p where p.id = :id")
  Optional<RfpProposal> findLockedById(Long id);
}
