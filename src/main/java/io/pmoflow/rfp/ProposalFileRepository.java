package io.pmoflow.rfp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalFileRepository extends JpaRepository<ProposalFile, Long> {

  List<ProposalFile> findByProposalIdOrderById(Long proposalId);

  List<ProposalFile> findByRfpIdOrderByProposalIdAscIdAsc(Long rfpId);
}
