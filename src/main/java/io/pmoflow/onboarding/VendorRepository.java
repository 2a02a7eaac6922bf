package io.pmoflow.onboarding;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorRepository extends JpaRepository<Vendor, Long> {

  boolean existsByCode(String code);

  java.util.Optional<Vendor> findByCode(String code);
}
