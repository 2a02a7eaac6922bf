package io.pmoflow.evaluation.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Entry;
import io.pmoflow.directory.DirectoryUnavailableException;
import io.pmoflow.evaluation.environment.EvaluationEnvironments.EnvironmentInfo;
import io.pmoflow.evaluation.environment.EvaluationEnvironments.EnvironmentRequest;
import io.pmoflow.support.Mailbox;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.TestUsers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The environments on the real embedded PostgreSQL and the embedded LDAP directory, with real mail
 * (GreenMail): what provisioning makes, what a tester's role may and may not do, the one-time link,
 * repetition, a failure half way and its retry, removal, and the inputs that must be refused.
 */
@PostgresIntegrationTest
class EvaluationEnvironmentsIT {

  private static final Pattern LINK = Pattern.compile("evaluation-environment\\?token=([A-Za-z0-9_-]+)");
  private static final Pattern PASSWORD = Pattern.compile("<h2>Password</h2><pre>([^<]+)</pre>");
  private static final String GROUPS = "ou=groups,dc=pmoflow,dc=example";

  @Autowired EvaluationEnvironments environments;
  @Autowired EnvironmentServer server;
  @Autowired EnvironmentEvents events;
  @Autowired InMemoryDirectoryServer ldap;
  @Autowired GreenMail greenMail;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource applicationDatabase;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate http;

  @Test
  void aTesterGetsOneLinkAndTheRoleReadsOnlyItsMaskedData() throws Exception {
    long evaluation = evaluationId();
    String tess = tester("tess");
    String tom = tester("tom");
    EnvironmentInfo info = environments.provision(new EnvironmentRequest(evaluation, "bi", "department-sales", List.of(tess, tom)));
    // a second evaluation with the same candidate code gets an environment of its own
    EnvironmentInfo other = environments.provision(new EnvironmentRequest(evaluationId(), "bi", "product-catalogue", List.of(tom)));

    assertThat(info.environmentKey()).isEqualTo("ev" + evaluation + "_bi");
    assertThat(info.databaseName()).isEqualTo(info.environmentKey());
    assertThat(info.loginRole()).isEqualTo(info.environmentKey() + "_login");
    assertThat(other.databaseName()).isNotEqualTo(info.databaseName());
    assertThat(groupMembers(info.directoryGroup())).containsExactlyInAnyOrder(tess, tom);
    assertThat(environments.existingEnvironmentKeys()).contains(info.environmentKey(), other.environmentKey());

    String token = token(tess, "bi");
    assertThat(http.getForEntity("/evaluation-environment?token=" + token, String.class).getBody())
        .contains("Show my connection details").doesNotContain("Password");
    ResponseEntity<String> details = openLink(token);
    assertThat(details.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(details.getHeaders().getCacheControl()).contains("no-store");
    String password = password(details.getBody());
    assertThat(openLink(token).getStatusCode()).isEqualTo(HttpStatus.GONE);

    try (Connection tester = connect(info.jdbcUrl(), info.loginRole(), password); Statement sql = tester.createStatement()) {
      assertThat(count(sql, "select count(*) from data")).isEqualTo(240);
      assertThat(count(sql, "select sum(amount_jpy) from data")).isEqualTo(sumOfOriginal(6));
      Set<String> originals = originalPersonalValues();
      try (ResultSet rows = sql.executeQuery("select customer_name, customer_email, customer_phone from data")) {
        while (rows.next()) {
          for (int column = 1; column <= 3; column++) {
            assertThat(originals).doesNotContain(rows.getString(column));
          }
          assertThat(rows.getString(2)).endsWith("@masked.invalid");
          assertThat(rows.getString(1)).startsWith("Person ");
        }
      }
      assertThat(count(sql, "select count(distinct customer_email) from data")).isEqualTo(distinctOriginal(8));
      assertRefused(() -> sql.execute("create table mine (x int)"), "42501");
      assertRefused(() -> sql.execute("delete from data"), "42501");
    }
    // no other database: not another environment's, not the server's own, not the application's
    assertRefused(() -> connect(other.jdbcUrl(), info.loginRole(), password).close(), "42501");
    assertRefused(() -> connect(server.jdbcUrl("postgres"), info.loginRole(), password).close(), "42501");
    assertRefused(() -> connect(server.jdbcUrl("template1"), info.loginRole(), password).close(), "42501");
    String applicationUrl;
    try (Connection app = applicationDatabase.getConnection()) {
      // without the URL's own user parameter, which would override the one given
      applicationUrl = app.getMetaData().getURL().replaceAll("\\?.*", "");
    }
    assertThatThrownBy(() -> connect(applicationUrl, info.loginRole(), password).close()).isInstanceOf(SQLException.class);
    // a wrong password is refused (the server checks passwords, it does not trust local connections)
    assertRefused(() -> connect(info.jdbcUrl(), info.loginRole(), password + "x").close(), "28P01");
    assertRefused(() -> connect(info.jdbcUrl(), "postgres", "").close(), "08004", "28P01");

    // the password is nowhere in PMO Flow's database once the link was opened
    assertThat(jdbc.queryForObject("select count(*) from outbox_mail where body like ?", Long.class, "%" + password + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from evaluation_environment_access where environment_key = ? and sealed_password is not null",
        Long.class, info.environmentKey())).isEqualTo(1); // tom's, still unopened

    // provisioning again changes nothing and sends nothing
    environments.provision(new EnvironmentRequest(evaluation, "bi", "department-sales", List.of(tom, tess)));
    assertThat(linksSent(info.environmentKey())).isEqualTo(2);
    assertThat(kinds(info.environmentKey())).containsExactly("details-issued", "provisioned", "details-opened");
    try (Connection tester = connect(info.jdbcUrl(), info.loginRole(), password); Statement sql = tester.createStatement()) {
      assertThat(count(sql, "select count(*) from data")).isEqualTo(240);
    }
    assertThat(groupMembers(info.directoryGroup())).containsExactlyInAnyOrder(tess, tom);

    environments.tearDown(info.environmentKey());
    environments.tearDown(other.environmentKey());
  }

  @Test
  void aDirectoryOutageFailsClearlyAndTheRetryFinishesWithOneLinkPerTester() throws Exception {
    long evaluation = evaluationId();
    String tia = tester("tia");
    EnvironmentRequest request = new EnvironmentRequest(evaluation, "lake", "department-sales", List.of(tia));
    String key = request.environmentKey();

    ldap.shutDown(true);
    try {
      assertThatThrownBy(() -> environments.provision(request))
          .isInstanceOf(DirectoryUnavailableException.class)
          .hasMessageContaining("Directory unavailable");
    } finally {
      ldap.startListening();
    }
    // the testers' directory entries are read first: nothing was made, no link went out
    assertThat(environments.existingEnvironmentKeys()).doesNotContain(key);
    assertThat(linksSent(key)).isZero();

    environments.provision(request);
    environments.provision(request);
    assertThat(linksSent(key)).isEqualTo(1);
    assertThat(groupMembers("evaluation-" + key)).containsExactly(tia);
    String password = password(openLink(token(tia, "lake")).getBody());
    try (Connection tester = connect(server.jdbcUrl(key), key + "_login", password); Statement sql = tester.createStatement()) {
      assertThat(count(sql, "select count(*) from data")).isEqualTo(240);
    }
    environments.tearDown(key);
  }

  @Test
  void aNewTesterGetsANewPasswordAndSoDoesEveryoneElse() {
    long evaluation = evaluationId();
    String tad = tester("tad");
    String tu = tester("tu");
    environments.provision(new EnvironmentRequest(evaluation, "etl", "product-catalogue", List.of(tad)));
    environments.provision(new EnvironmentRequest(evaluation, "etl", "product-catalogue", List.of(tad, tu)));
    String key = "ev" + evaluation + "_etl";
    assertThat(linksSent(key)).isEqualTo(3);
    assertThat(jdbc.queryForList("select tester_id from evaluation_environment_access where environment_key = ? and sealed_password is not null",
        String.class, key)).containsExactlyInAnyOrder(tad, tu);
    environments.tearDown(key);
  }

  @Test
  void aRemovedTesterLosesThePasswordTheirSessionAndTheirLink() throws Exception {
    long evaluation = evaluationId();
    String opened = tester("tao");
    String unopened = tester("tyra");
    String stays = tester("tove");
    EnvironmentInfo info = environments.provision(new EnvironmentRequest(evaluation, "mart", "product-catalogue", List.of(opened, unopened, stays)));
    String oldPassword = password(openLink(token(opened, "mart")).getBody());
    String unopenedToken = token(unopened, "mart");
    String firstToken = token(stays, "mart");
    try (Connection removedSession = connect(info.jdbcUrl(), info.loginRole(), oldPassword)) {
      assertThat(count(removedSession.createStatement(), "select count(*) from data")).isPositive();

      environments.provision(new EnvironmentRequest(evaluation, "mart", "product-catalogue", List.of(stays)));

      // the session opened with the old password is ended, the old password no longer opens one
      assertThatThrownBy(() -> count(removedSession.createStatement(), "select count(*) from data")).isInstanceOf(SQLException.class);
    }
    assertRefused(() -> connect(info.jdbcUrl(), info.loginRole(), oldPassword).close(), "28P01");
    assertThat(openLink(unopenedToken).getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(groupMembers(info.directoryGroup())).containsExactly(stays);
    // the one who stays gets the new password by a new link, and it works
    assertThat(jdbc.queryForList("select tester_id from evaluation_environment_access where environment_key = ? and sealed_password is not null",
        String.class, info.environmentKey())).containsExactly(stays);
    String newPassword = password(openLink(tokenOtherThan(stays, "mart", firstToken)).getBody());
    try (Connection tester = connect(info.jdbcUrl(), info.loginRole(), newPassword); Statement sql = tester.createStatement()) {
      assertThat(count(sql, "select count(*) from data")).isPositive();
    }
    // ending the environment: the current password stops working too
    environments.tearDown(info.environmentKey());
    assertRefused(() -> connect(info.jdbcUrl(), info.loginRole(), newPassword).close(), "28P01", "3D000");
  }

  @Test
  void aTesterWithoutADirectoryEntryIsNeverMadeAGroupMemberByName() throws Exception {
    long evaluation = evaluationId();
    String known = tester("tara");
    String noEntry = TestUsers.ensure(identity, "tobi-" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Tobi", "Tester", "pm");
    assertThat(environments.inDirectory(known)).isTrue();
    assertThat(environments.inDirectory(noEntry)).isFalse();
    assertRefusal(new EnvironmentRequest(evaluation, "bi", "product-catalogue", List.of(known, noEntry)), "has no entry in the directory");
    assertThat(environments.existingEnvironmentKeys()).doesNotContain("ev" + evaluation + "_bi");

    // a tester whose entry disappears before the environment is provisioned again: refused, the environment left as it was
    EnvironmentInfo info = environments.provision(new EnvironmentRequest(evaluation, "bi", "product-catalogue", List.of(known)));
    ldap.delete(TestUsers.staffDn(known));
    assertRefusal(new EnvironmentRequest(evaluation, "bi", "product-catalogue", List.of(known)), "has no entry in the directory");
    assertThat(groupMembers(info.directoryGroup())).containsExactly(known);
    environments.tearDown(info.environmentKey());
  }

  @Test
  void tearDownRemovesEverythingRecordsItAndMayBeRepeated() throws Exception {
    long evaluation = evaluationId();
    String tim = tester("tim");
    EnvironmentInfo info = environments.provision(new EnvironmentRequest(evaluation, "dwh", "department-sales", List.of(tim)));
    String token = token(tim, "dwh");

    environments.tearDown(info.environmentKey());
    environments.tearDown(info.environmentKey());

    assertThat(environments.existingEnvironmentKeys()).doesNotContain(info.environmentKey());
    assertThat(ldap.getEntry("cn=" + info.directoryGroup() + "," + GROUPS)).isNull();
    try (Connection admin = server.connectAsAdmin("postgres"); Statement sql = admin.createStatement()) {
      assertThat(count(sql, "select count(*) from pg_database where datname = '" + info.databaseName() + "'")).isZero();
      assertThat(count(sql, "select count(*) from pg_roles where rolname = '" + info.loginRole() + "'")).isZero();
    }
    List<EnvironmentEvents.Event> removals = events.of(info.environmentKey()).stream().filter(e -> e.kind().equals("torn-down")).toList();
    assertThat(removals).hasSize(1);
    assertThat(removals.get(0).detail()).contains("database " + info.databaseName(), "login role " + info.loginRole(), "directory group " + info.directoryGroup());
    assertThat(openLink(token).getStatusCode()).isEqualTo(HttpStatus.GONE);
    // removing what was never there is no error
    environments.tearDown("ev" + evaluationId() + "_never");
  }

  @Test
  void requestsThatCannotBeMetAreRefusedBeforeAnythingIsMade() {
    long evaluation = evaluationId();
    String tina = tester("tina");
    assertRefusal(new EnvironmentRequest(evaluation, "bi", "department-sales", List.of(tina, "nobody-" + evaluation)), "is not a PMO Flow user");
    assertRefusal(new EnvironmentRequest(evaluation, "bi\"; drop database postgres; --", "department-sales", List.of(tina)), "candidate code");
    assertRefusal(new EnvironmentRequest(evaluation, "BI", "department-sales", List.of(tina)), "candidate code");
    assertRefusal(new EnvironmentRequest(evaluation, "bi", "customers-prod", List.of(tina)), "There is no data set \"customers-prod\"");
    assertRefusal(new EnvironmentRequest(evaluation, "bi", "department-sales", List.of()), "at least one tester");
    assertRefusal(new EnvironmentRequest(-evaluation, "bi", "department-sales", List.of(tina)), "evaluation id");
    assertThatThrownBy(() -> environments.tearDown("ev1_bi; drop role postgres"))
        .isInstanceOf(EnvironmentRequestRefusedException.class).hasMessageContaining("Not an environment key");
    assertThat(environments.existingEnvironmentKeys()).noneMatch(key -> key.startsWith("ev" + evaluation + "_"));

    environments.provision(new EnvironmentRequest(evaluation, "bi", "product-catalogue", List.of(tina)));
    assertRefusal(new EnvironmentRequest(evaluation, "bi", "department-sales", List.of(tina)), "holds the data set product-catalogue");
    environments.tearDown("ev" + evaluation + "_bi");
  }

  @Test
  void theCatalogueNamesItsDataSetsWithSizeAndClassification() {
    assertThat(environments.dataSets()).extracting(EvaluationEnvironments.DataSet::code).contains("department-sales", "product-catalogue");
    assertThat(environments.dataSet("department-sales")).get()
        .satisfies(set -> {
          assertThat(set.rows()).isEqualTo(240);
          assertThat(set.personalData()).isTrue();
          assertThat(set.productionCopy()).isFalse();
        });
    assertThat(environments.dataSet("product-catalogue")).get().satisfies(set -> assertThat(set.personalData()).isFalse());
    assertThat(environments.dataSet("nope")).isEmpty();
    assertThat(environments.dataSet(null)).isEmpty();
  }

  private void assertRefusal(EnvironmentRequest request, String message) {
    assertThatThrownBy(() -> environments.provision(request)).isInstanceOf(EnvironmentRequestRefusedException.class).hasMessageContaining(message);
  }

  private String tester(String name) {
    String id = name + "-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    return TestUsers.staffInDirectory(identity, ldap, id, "pm");
  }

  private static long evaluationId() {
    return ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L);
  }

  private String token(String tester, String candidate) {
    String body = Mailbox.body(Mailbox.awaitMail(greenMail, tester + "@pmoflow.example", "Your trial environment for " + candidate));
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    return link.group(1);
  }

  /** The token of a mail to the tester for the candidate that brings another link than {@code before}. */
  private String tokenOtherThan(String tester, String candidate, String before) {
    String body = Mailbox.body(Mailbox.awaitMail(greenMail, "a new link for " + tester, mail -> {
      if (mail.getSubject() == null || !mail.getSubject().contains("Your trial environment for " + candidate)
          || !java.util.Arrays.toString(mail.getAllRecipients()).contains(tester + "@pmoflow.example")) {
        return false;
      }
      Matcher link = LINK.matcher(Mailbox.body(mail));
      return link.find() && !link.group(1).equals(before);
    }));
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  private ResponseEntity<String> openLink(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", token);
    return http.postForEntity("/evaluation-environment", new HttpEntity<>(form, headers), String.class);
  }

  private static String password(String page) {
    Matcher matcher = PASSWORD.matcher(page);
    assertThat(matcher.find()).as(page).isTrue();
    return matcher.group(1);
  }

  private long linksSent(String key) {
    return jdbc.queryForObject("select count(*) from outbox_mail where dedupe_key like ?", Long.class, "evaluation-environment/" + key + "/%");
  }

  private List<String> kinds(String key) {
    return events.of(key).stream().map(EnvironmentEvents.Event::kind).toList();
  }

  private Set<String> groupMembers(String group) throws Exception {
    Entry entry = ldap.getEntry("cn=" + group + "," + GROUPS);
    assertThat(entry).as(group).isNotNull();
    Set<String> uids = new HashSet<>();
    for (String member : entry.getAttributeValues("member")) {
      uids.add(member.substring("uid=".length(), member.indexOf(',')));
    }
    return uids;
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  private static void assertRefused(SqlWork work, String... sqlStates) {
    assertThatThrownBy(work::run).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(e.getMessage()).isIn((Object[]) sqlStates));
  }

  private static List<List<String>> originalRows() throws Exception {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new ClassPathResource("evaluation/data-sets/department-sales.csv").getInputStream(), StandardCharsets.UTF_8))) {
      return in.lines().skip(1).map(CsvLine::split).toList();
    }
  }

  private static Set<String> originalPersonalValues() throws Exception {
    Set<String> values = new HashSet<>();
    for (List<String> row : originalRows()) {
      values.addAll(row.subList(7, 10));
    }
    return values;
  }

  private static long sumOfOriginal(int column) throws Exception {
    return originalRows().stream().mapToLong(row -> Long.parseLong(row.get(column))).sum();
  }

  private static long distinctOriginal(int column) throws Exception {
    return originalRows().stream().map(row -> row.get(column)).distinct().count();
  }
}
