package io.pmoflow.onboarding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessSystemRepository extends JpaRepository<AccessSystem, Long> {

  Optional<AccessSystem> findByCode(String code);

  List<AccessSystem> findAllByOrderByCode();
}
