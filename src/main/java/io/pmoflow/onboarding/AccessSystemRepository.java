package io.pmoflow.onboarding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The queries that run for every onboarding are JPQL: Hibernate 6.6 keeps the plan of a JPQL
 * string, while it translates a derived query's criteria again on every call.
 */
public interface AccessSystemRepository extends JpaRepository<AccessSystem, Long> {

  @Query("select s from AccessSystem s where s.code = :code")
  Optional<AccessSystem> findByCode(@Param("code") String code);

  List<AccessSystem> findAllByOrderByCode();
}
