package io.pmoflow.specchange;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeBoardVoteRepository extends JpaRepository<ChangeBoardVote, Long> {
  List<ChangeBoardVote> findByChangeRequestIdOrderByRoundDescIdAsc(Long changeRequestId);
}
