package io.pmoflow.onboarding;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface VendorRepository extends JpaRepository<Vendor, Long> {

  boolean existsByCode(String code);

  java.util.Optional<Vendor> findByCode(String code);

  /** A vendor's code never changes: the look-up need not flush the transaction's pending changes first. */
  @Query("select v.id from Vendor v where v.code = :code")
  @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
  java.util.Optional<Long> findIdByCode(@Param("code") String code);
}
