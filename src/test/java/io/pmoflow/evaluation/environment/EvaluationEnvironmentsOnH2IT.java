package io.pmoflow.evaluation.environment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.pmoflow.evaluation.environment.EvaluationEnvironments.EnvironmentRequest;
import io.pmoflow.support.Mailbox;
import io.pmoflow.support.TestUsers;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** The default run keeps its own tables on H2: the environments' bookkeeping (links, locks, record) must run there too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class EvaluationEnvironmentsOnH2IT {

  @Autowired EvaluationEnvironments environments;
  @Autowired EnvironmentEvents events;
  @Autowired IdentityService identity;
  @Autowired InMemoryDirectoryServer ldap;
  @Autowired GreenMail greenMail;
  @Autowired TestRestTemplate http;

  @Test
  void anEnvironmentIsMadeOpenedAndRemoved() {
    String tester = TestUsers.staffInDirectory(identity, ldap, "h2-tester-" + ThreadLocalRandom.current().nextInt(100_000), "pm");
    long evaluation = ThreadLocalRandom.current().nextLong(1, 1_000_000);
    EnvironmentRequest request = new EnvironmentRequest(evaluation, "h2", "product-catalogue", List.of(tester));
    environments.provision(request);
    environments.provision(request);

    String body = Mailbox.body(Mailbox.awaitMail(greenMail, tester + "@pmoflow.example", "Your trial environment for h2"));
    Matcher link = Pattern.compile("evaluation-environment\\?token=([A-Za-z0-9_-]+)").matcher(body);
    assertThat(link.find()).isTrue();
    assertThat(open(link.group(1))).isEqualTo(HttpStatus.OK);
    assertThat(open(link.group(1))).isEqualTo(HttpStatus.GONE);

    environments.tearDown(request.environmentKey());
    assertThat(events.of(request.environmentKey())).extracting(EnvironmentEvents.Event::kind)
        .containsExactly("details-issued", "provisioned", "details-opened", "torn-down");
    assertThat(environments.existingEnvironmentKeys()).doesNotContain(request.environmentKey());
  }

  private HttpStatus open(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", token);
    return (HttpStatus) http.postForEntity("/evaluation-environment", new HttpEntity<>(form, headers), String.class).getStatusCode();
  }
}
