package io.pmoflow.rfp;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RfpRepository extends JpaRepository<Rfp, Long> {

  /** The RFPs that invite any of these vendors and have been issued to them, newest first. */
  @Query("select distinct r from Rfp r join r.vendors v where v.code in :codes and r.status not in :hidden order by r.id desc")
  List<Rfp> findInviting(Collection<String> codes, Collection<RfpStatus> hidden);

  /** The RFP, which a running process always has: a missing one is a broken case, not a user error. */
  default Rfp require(long id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("RFP " + id + " does not exist"));
  }
}
