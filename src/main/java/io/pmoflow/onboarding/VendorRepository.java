package io.pmoflow.onboarding;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VendorRepository extends JpaRepository<Vendor, Long> {

  boolean existsByCode(String code);

  java.util.Optional<Vendor> findByCode(String code);

  @Query("select v.id from Vendor v where v.code = :code")
  java.util.Optional<Long> findIdByCode(@Param("code") String code);
}
