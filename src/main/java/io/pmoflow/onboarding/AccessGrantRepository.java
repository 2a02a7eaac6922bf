package io.pmoflow.onboarding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccessGrantRepository extends JpaRepository<AccessGrant, Long> {

  List<AccessGrant> findByMemberIdOrderById(Long memberId);

  List<AccessGrant> findByMemberIdAndStatusOrderById(Long memberId, GrantStatus status);

  List<AccessGrant> findByStatusIn(Collection<GrantStatus> statuses);

  /** Every grant of the vendor's members, with its role and system, in one query. */
  @Query("select g from AccessGrant g join fetch g.role r join fetch r.system"
      + " where g.memberId in (select m.id from VendorMember m where m.vendorId = :vendorId) order by g.id")
  List<AccessGrant> findOfVendorOrderById(@Param("vendorId") Long vendorId);
}
