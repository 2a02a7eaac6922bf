package io.pmoflow.specchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board's tally from its ballots: one vote per member of the round, majority of all members. */
class BoardBallotTest {

  BoardBallot open = new BoardBallot(List.of("carla", "colin", "cleo"), Map.of(), 0.5);

  @Test
  void twoOfThreeApprovalsPass() {
    BoardBallot ballot = open.with("carla", "approve").with("colin", "approve");
    assertThat(ballot.approved()).isTrue();
    assertThat(ballot.decided()).isTrue();
  }

  @Test
  void oneApprovalDecidesNothing() {
    BoardBallot ballot = open.with("carla", "approve");
    assertThat(ballot.approved()).isFalse();
    assertThat(ballot.decided()).isFalse();
  }

  @Test
  void twoRejectionsOfThreeDecideAgainst() {
    BoardBallot ballot = open.with("carla", "reject").with("cleo", "reject");
    assertThat(ballot.approved()).isFalse();
    assertThat(ballot.decided()).isTrue();
  }

  @Test
  void aMemberVotesOnce() {
    BoardBallot ballot = open.with("carla", "approve");
    assertThatThrownBy(() -> ballot.with("carla", "approve")).hasMessageContaining("carla has already voted");
  }

  @Test
  void onlyMembersOfTheRoundVote() {
    assertThatThrownBy(() -> open.with("paula", "approve")).hasMessageContaining("paula is not a member");
  }

  @Test
  void aVoteIsApproveOrReject() {
    assertThatThrownBy(() -> open.with("carla", "maybe")).hasMessageContaining("approve or reject");
  }
}
