package io.pmoflow.onboarding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessGrantRepository extends JpaRepository<AccessGrant, Long> {

  List<AccessGrant> findByMemberIdOrderById(Long memberId);

  List<AccessGrant> findByMemberIdAndStatusOrderById(Long memberId, GrantStatus status);

  List<AccessGrant> findByStatusIn(Collection<GrantStatus> statuses);
}
