package io.pmoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

  @Test
  void aTaskLinkOpensTheTaskInTasklistAtTheConfiguredAddress() {
    assertThat(new PublicAddress("https://pmo.example.org/").tasklistTask("t-1"))
        .isEqualTo("https://pmo.example.org/camunda/app/tasklist/default/#/?task=t-1");
  }

  @Test
  void thisMachineOnTheServersPortIsFine() {
    assertThat(new PublicAddress("http://localhost:8080").mismatch(8080)).isNull();
  }

  @Test
  void thisMachineOnAnotherPortIsReported() {
    assertThat(new PublicAddress("http://localhost:8080").mismatch(9090))
        .contains("listens on port 9090");
    assertThat(new PublicAddress("http://127.0.0.1").mismatch(8080)).contains("8080");
  }

  @Test
  void anotherHostIsTrustedBecauseAProxyMayStandInFront() {
    assertThat(new PublicAddress("https://pmo.example.org").mismatch(8080)).isNull();
  }

  @Test
  void aRelativeAddressIsReported() {
    assertThat(new PublicAddress("pmo.example.org").mismatch(8080)).contains("not an absolute");
  }
}
