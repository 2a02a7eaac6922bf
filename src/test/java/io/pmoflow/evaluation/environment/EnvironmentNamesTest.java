package io.pmoflow.evaluation.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnvironmentNamesTest {

  @Test
  void theNamesFollowTheKey() {
    EnvironmentNames names = EnvironmentNames.of(42, "tableau2");
    assertThat(names.key()).isEqualTo("ev42_tableau2");
    assertThat(names.database()).isEqualTo("ev42_tableau2");
    assertThat(names.role()).isEqualTo("ev42_tableau2_login");
    assertThat(names.group()).isEqualTo("evaluation-ev42_tableau2");
    assertThat(names.evaluationId()).isEqualTo(42);
    assertThat(names.candidateCode()).isEqualTo("tableau2");
    assertThat(EnvironmentNames.keyOfGroup("evaluation-ev42_tableau2")).isEqualTo("ev42_tableau2");
    assertThat(EnvironmentNames.keyOfGroup("wiki-readers")).isNull();
    assertThat(EnvironmentNames.keyOfGroup("evaluation-notakey")).isNull();
  }

  @Test
  void anythingThatCouldReachSqlOrTheDirectoryIsRefused() {
    for (String code : new String[] {"bi\"; drop database x; --", "BI", "b", "1bi", "bi-x", "a".repeat(21), "", null}) {
      assertThatThrownBy(() -> EnvironmentNames.of(1, code)).as(code).isInstanceOf(EnvironmentRequestRefusedException.class);
    }
    assertThatThrownBy(() -> EnvironmentNames.of(0, "bi")).isInstanceOf(EnvironmentRequestRefusedException.class);
    assertThatThrownBy(() -> new EnvironmentNames("ev1_bi\" cascade")).isInstanceOf(EnvironmentRequestRefusedException.class);
    assertThatThrownBy(() -> new EnvironmentNames("ev01_bi")).isInstanceOf(EnvironmentRequestRefusedException.class);
  }

  @Test
  void theContractsKeyIsTheSame() {
    assertThat(new EvaluationEnvironments.EnvironmentRequest(7, "bi", "x", java.util.List.of()).environmentKey())
        .isEqualTo(EnvironmentNames.of(7, "bi").key());
  }
}
