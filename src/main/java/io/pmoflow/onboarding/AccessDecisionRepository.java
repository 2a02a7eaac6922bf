package io.pmoflow.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The queries that run for every onboarding are JPQL: Hibernate 6.6 keeps the plan of a JPQL
 * string, while it translates a derived query's criteria again on every call.
 */
interface AccessDecisionRepository extends JpaRepository<AccessDecision, Long> {

  @Query("select d from AccessDecision d where d.grantId = :grantId order by d.id")
  List<AccessDecision> findByGrantIdOrderById(@Param("grantId") Long grantId);

  /** Every decision on the grants of the vendor's members, in one query. */
  @Query("select d from AccessDecision d where d.grantId in (select g.id from AccessGrant g"
      + " where g.memberId in (select m.id from VendorMember m where m.vendorId = :vendorId)) order by d.id")
  List<AccessDecision> findOfVendorOrderById(@Param("vendorId") Long vendorId);
}
