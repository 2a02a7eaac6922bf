package io.pmoflow.onboarding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The queries that run for every onboarding are JPQL: Hibernate 6.6 keeps the plan of a JPQL
 * string, while it translates a derived query's criteria again on every call.
 */
public interface AccessGrantRepository extends JpaRepository<AccessGrant, Long> {

  @Query("select g from AccessGrant g join fetch g.role r join fetch r.system where g.memberId = :memberId order by g.id")
  List<AccessGrant> findByMemberIdOrderById(@Param("memberId") Long memberId);

  @Query("select g from AccessGrant g join fetch g.role r join fetch r.system"
      + " where g.memberId = :memberId and g.status = :status order by g.id")
  List<AccessGrant> findByMemberIdAndStatusOrderById(@Param("memberId") Long memberId, @Param("status") GrantStatus status);

  List<AccessGrant> findByStatusIn(Collection<GrantStatus> statuses);

  /** Every grant of the vendor's members, with its role and system, in one query. */
  @Query("select g from AccessGrant g join fetch g.role r join fetch r.system"
      + " where g.memberId in (select m.id from VendorMember m where m.vendorId = :vendorId) order by g.id")
  List<AccessGrant> findOfVendorOrderById(@Param("vendorId") Long vendorId);
}
