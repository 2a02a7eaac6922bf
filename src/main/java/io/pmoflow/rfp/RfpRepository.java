package io.pmoflow.rfp;

import org.springframework.data.jpa.repository.JpaRepository;

interface RfpRepository extends JpaRepository<Rfp, Long> {

  /** The RFP, which a running process always has: a missing one is a broken case, not a user error. */
  default Rfp require(long id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("RFP " + id + " does not exist"));
  }
}
