package io.pmoflow.specchange;

import io.pmoflow.i18n.Text;
import io.pmoflow.forms.FormInputRefused;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current voting round of the change board: who may vote (the members when the board was
 * called in), who voted what, and the share of members that must approve (strictly more than).
 * Pure: the trail's rows in, the outcome out.
 */
public record BoardBallot(List<String> voters, Map<String, String> votes, double majority) {

  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";

  public BoardBallot {
    voters = List.copyOf(voters);
    votes = Map.copyOf(votes);
  }

  /** The ballot with one more vote; refused unless {@code voter} is a member of this round who has not voted. */
  public BoardBallot with(String voter, String vote) {
    if (!voters.contains(voter)) {
      throw new FormInputRefused(Text.of("specchange.refused.not-a-voter", voter).inRequestLanguage());
    }
    if (votes.containsKey(voter)) {
      throw new FormInputRefused(Text.of("specchange.refused.voted", voter).inRequestLanguage());
    }
    if (!APPROVE.equals(vote) && !REJECT.equals(vote)) {
      throw new FormInputRefused(Text.of("specchange.refused.vote", String.valueOf(vote)).inRequestLanguage());
    }
    Map<String, String> more = new LinkedHashMap<>(votes);
    more.put(voter, vote);
    return new BoardBallot(voters, more, majority);
  }

  public long approvals() {
    return votes.values().stream().filter(APPROVE::equals).count();
  }

  public long rejections() {
    return votes.values().stream().filter(REJECT::equals).count();
  }

  /** Whether more than the required share of all members approved. */
  public boolean approved() {
    return !voters.isEmpty() && (double) approvals() / voters.size() > majority;
  }

  /** Whether the vote is decided: enough approvals, or so many rejections that it cannot pass. */
  public boolean decided() {
    return approved() || (!voters.isEmpty() && (double) rejections() / voters.size() >= 1 - majority);
  }
}
