package io.pmoflow.rfp;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The RFP feature's repositories. */
final class RfpRepositories {

  private RfpRepositories() {}

  interface Rfps extends JpaRepository<Rfp, Long> {}

  interface Questions extends JpaRepository<RfpQuestion, Long> {
    List<RfpQuestion> findByRfpIdOrderById(Long rfpId);
  }

  interface Proposals extends JpaRepository<RfpProposal, Long> {
    List<RfpProposal> findByRfpIdOrderById(Long rfpId);

    Optional<RfpProposal> findByRfpIdAndVendorCode(Long rfpId, String vendorCode);
  }

  interface Scores extends JpaRepository<RfpScore, Long> {
    List<RfpScore> findByRfpId(Long rfpId);

    List<RfpScore> findByRfpIdAndEvaluator(Long rfpId, String evaluator);
  }

  interface Events extends JpaRepository<RfpEvent, Long> {
    List<RfpEvent> findByRfpIdOrderById(Long rfpId);
  }
}
