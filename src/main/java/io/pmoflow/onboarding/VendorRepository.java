package io.pmoflow.onboarding;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface VendorRepository extends JpaRepository<Vendor, Long> {

  // JPQL, not derived queries: Hibernate 6.6 keeps a JPQL string's plan but translates a derived query's criteria on every call
  @Query("select case when count(v) > 0 then true else false end from Vendor v where v.code = :code")
  boolean existsByCode(@Param("code") String code);

  @Query("select v from Vendor v where v.code = :code")
  java.util.Optional<Vendor> findByCode(@Param("code") String code);

  /** A vendor's code never changes: the look-up need not flush the transaction's pending changes first. */
  @Query("select v.id from Vendor v where v.code = :code")
  @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
  java.util.Optional<Long> findIdByCode(@Param("code") String code);
}
