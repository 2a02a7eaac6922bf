package io.pmoflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.rfp.RfpVariables;
import io.pmoflow.support.Api;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.Vendors;
import io.pmoflow.support.WebappBrowser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A deployment whose default language is Japanese (so its time zone is Asia/Tokyo), used over the
 * engine REST API in Japanese and in English: forms, task names, case texts, refusals and typed
 * deadlines follow the request's language, and the guard holds a Japanese form to exactly what it
 * holds the English one to.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "pmoflow.i18n.default-language=ja")
class JapaneseIT {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonLanguages languages;

  final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aFormIsServedInTheRequestsLanguageAndTheDefaultIsJapanese() {
    String path = "/engine-rest/process-definition/key/" + RfpVariables.PROCESS_KEY + "/deployed-start-form";

    assertThat(get("paula", path, null, null).getBody()).contains("\"label\":\"プロジェクト番号\"").doesNotContain("Project number");
    assertThat(get("paula", path, "en-GB,en;q=0.8", null).getBody()).contains("\"label\":\"Project number\"");
    assertThat(get("paula", path, "en", "ja").getBody()).as("the language switch's cookie wins").contains("プロジェクト番号");
    // what the form submits is the same: keys and values are never translated
    assertThat(get("paula", path, null, null).getBody()).contains("\"key\":\"projectId\"", "\"key\":\"title\"");
  }

  @Test
  void theApplicationApiAnswersProblemsInTheRequestsLanguage() {
    ResponseEntity<Map> japanese = post("paula", "/api/projects", Map.of("code", "x"), null);
    assertThat(japanese.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(japanese.getBody()).containsEntry("title", "入力が正しくありません")
        .containsEntry("detail", "リクエストに正しくない項目があります。何も変更されていません");
    assertThat(japanese.getBody().get("errors").toString())
        .contains("field=name, message=必須です", "field=code, message=英大文字で始まる、英大文字・数字・ダッシュの 2〜20 文字にしてください");

    ResponseEntity<Map> anonymous = http.exchange("/api/projects", HttpMethod.GET, new HttpEntity<>(headers(null, null)), Map.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody()).containsEntry("title", "認証されていません");

    ResponseEntity<Map> english = post("paula", "/api/projects", Map.of("code", "x"), "en");
    assertThat(english.getBody()).containsEntry("title", "Invalid input");
    assertThat(english.getBody().get("errors").toString()).contains("field=name, message=is required");
  }

  @Test
  void theLanguageAPersonUsesIsRememberedForThem() {
    get("pia", "/engine-rest/task?maxResults=1", "en", null);
    assertThat(languages.of("pia")).isEqualTo(Languages.ENGLISH);
    get("pia", "/engine-rest/task?maxResults=1", null, "ja");
    assertThat(languages.of("pia")).isEqualTo(Languages.JAPANESE);
    assertThat(jdbc.queryForObject("select language from person_language where user_id = 'pia'", String.class)).isEqualTo("ja");
    // a request that names no language changes nothing
    get("pia", "/engine-rest/task?maxResults=1", null, null);
    assertThat(jdbc.queryForObject("select count(*) from person_language where user_id = 'pia'", Integer.class)).isEqualTo(1);
  }

  @Test
  void anRfpInJapaneseFromStartToThePmsReview() {
    long projectId = Projects.create(http, "JA-" + suffix.toUpperCase(), "CRM " + suffix, 50000, "2030-03-01", "2030-12-31");

    // a refused start reads in Japanese, names the field as the Japanese form does, and starts nothing
    ResponseEntity<Map> unknown = post("paula", startPath(), Map.of("variables",
        Map.of("projectId", value(987654321L), "title", value("Nowhere " + suffix))), null);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("message").toString()).startsWith("プロジェクト番号：プロジェクト 987654321 はありません");
    assertThat(post("paula", startPath(), Map.of("variables",
        Map.of("projectId", value(987654321L), "title", value("Nowhere " + suffix))), "en").getBody().get("message").toString())
        .startsWith("Project number: there is no project 987654321");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RfpVariables.PROCESS_KEY)
        .variableValueEquals("title", "Nowhere " + suffix).count()).isZero();

    Instant questions = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps",
        RfpDraftFixture.body(projectId, "Hosting " + suffix, 60, questions, questions.plus(3, ChronoUnit.DAYS),
            "a-" + suffix + "@acme.example", "g-" + suffix + "@globex.example"), Map.class);
    long rfpId = ((Number) created.getBody().get("id")).longValue();
    // its readable page: headings, the step it waits at and dates in Japanese; what people wrote as written
    assertThat(html("paula", "/api/rfps/" + rfpId)).contains("<html lang=\"ja\">", "<h1>RFP-" + rfpId + " Hosting " + suffix + "</h1>",
        "<h2>状態</h2><pre>DRAFT：RFP を起案する：RFP-" + rfpId, "<h2>プロジェクト</h2><pre>プロジェクト番号 " + projectId, "<h2>履歴</h2><pre>20")
        .doesNotContain("waiting at", "<h2>Status</h2>", "<h2>History</h2>");
    // the API's answer: steps and history events in the caller's language
    assertThat(get("paula", "/api/rfps/" + rfpId, "ja-JP", null).getBody())
        .contains("\"event\":\"RFP を作成\"", "\"currentSteps\":[\"RFP を起案する：RFP-" + rfpId).doesNotContain("RFP created");
    assertThat(get("paula", "/api/rfps/" + rfpId, "en", null).getBody()).contains("\"event\":\"RFP created\"");
    String pi = (String) created.getBody().get("processInstanceId");
    Task draft = task(pi, RfpElements.TASK_DRAFT_RFP);

    // the task's name: the model's part in Japanese, the case as stored; search by the case still finds it
    String japaneseName = "RFP を起案する：RFP-" + rfpId + " Hosting " + suffix;
    assertThat(get("paula", "/engine-rest/task/" + draft.getId(), null, null).getBody()).contains("\"name\":\"" + japaneseName + "\"");
    assertThat(Api.as(http, "paula").getForEntity("/engine-rest/task?nameLike={q}&maxResults=10", String.class, "%Hosting " + suffix + "%")
        .getBody()).as("found by the case's title, named in the default language").contains(japaneseName);
    assertThat(get("paula", "/engine-rest/task/" + draft.getId(), "en", null).getBody())
        .contains("\"name\":\"Draft the RFP: RFP-" + rfpId + " Hosting " + suffix + "\"");

    // the drafting form names the zone its times are typed in; a time shows as typed, to the minute
    assertThat(get("paula", "/engine-rest/task/" + draft.getId() + "/deployed-form", null, null).getBody())
        .contains("\"timeLabel\":\"時刻（Asia/Tokyo）\"", "\"timeInterval\":1", "\"timeSerializingFormat\":\"no_timezone\"");
    assertThat(taskService.getVariableLocal(draft.getId(), "questionDeadline"))
        .isEqualTo(questions.atZone(TOKYO).toLocalDateTime().toString());

    // the guard holds the Japanese form to what it holds the English one to: forged keys, labels as values
    ResponseEntity<Map> forged = submit("paula", draft, Map.of("pmApproved", value(true), "personalData", value("はい")), null);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forged.getBody().get("message").toString())
        .contains("pmApproved はこのフォームの項目ではありません", "「個人情報を扱う」(personalData)：true または false にしてください");
    assertThat(submit("paula", draft, Map.of("rfpMilestones@ja", value("x")), null).getBody().get("message").toString())
        .contains("rfpMilestones@ja はこのフォームの項目ではありません");
    assertThat(runtimeService.getVariable(pi, "pmApproved")).isNull();

    // typed 22:02 in Tokyo stays 22:02 in Tokyo: the RFP's deadline is that instant
    LocalDate day = questions.atZone(TOKYO).toLocalDate();
    assertThat(submit("paula", draft, Map.of("questionDeadline", value(day + "T22:02")), null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> rfp = Api.as(http, "paula").getForEntity("/api/rfps/" + rfpId, Map.class).getBody();
    assertThat(((Map<String, Object>) rfp.get("milestones")).get("questionDeadline").toString())
        .startsWith(day.atTime(22, 2).atZone(TOKYO).toInstant().toString().replace(":00Z", ""));
    runJob(pi, RfpElements.TASK_GENERATE_DOCUMENT);

    // the PM's review shows the case in the reader's language; the Japanese companion is never listed
    Task review = task(pi, RfpElements.TASK_PM_REVIEW);
    String japanese = get("peter", "/engine-rest/task/" + review.getId() + "/form-variables", null, null).getBody();
    assertThat(japanese).contains("質問期限：" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日 22:02（Asia/Tokyo）")
        .doesNotContain("@ja", "Question deadline:");
    assertThat(get("peter", "/engine-rest/task/" + review.getId() + "/form-variables", "en", null).getBody())
        .contains("Question deadline: ").contains("22:02 (Asia/Tokyo)").doesNotContain("質問期限", "@ja");
    assertThat(get("peter", "/engine-rest/task/" + review.getId() + "/variables/rfpMilestones", null, null).getBody())
        .contains("質問期限：");
    assertThat(get("peter", "/engine-rest/task/" + review.getId() + "/variables/rfpMilestones@ja", null, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(submit("peter", review, Map.of("decision", value("changes")), null).getBody().get("message").toString())
        .isEqualTo("必要な変更を書いてください。PMO が起案画面でコメントを確認します");
  }

  @Test
  void aChangeRequestsPageAndFormsReadInJapanese() {
    long projectId = Projects.create(http, "JC-" + suffix.toUpperCase(), "Portal " + suffix, 50000, "2030-03-01", "2030-12-31");
    Projects.specify(http, projectId, Projects.ORDER_PORTAL_SPEC);
    ResponseEntity<Map> created = Api.as(http, "peter").postForEntity("/api/change-requests", Map.of(
        "projectId", projectId, "title", "One-time code", "description", "Ask for a one-time code", "requesterRole", "CLIENT",
        "changes", List.of(Map.of("sectionKey", "UI-LOGIN", "newText", "User name\nPassword\nOne-time code"))), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) created.getBody().get("id")).longValue();

    HttpHeaders html = headers(null, null);
    html.setAccept(List.of(org.springframework.http.MediaType.TEXT_HTML));
    String page = Api.as(http, "peter").exchange("/api/change-requests/" + id, HttpMethod.GET, new HttpEntity<>(html), String.class)
        .getBody();
    assertThat(page).contains("<html lang=\"ja\">", "<h2>要求者</h2>", "peter（顧客の依頼）", "（v1 との比較。- は削除、+ は追加）",
        "+ One-time code");

    // the triage form shows the request in Japanese; English readers get the English
    Task triage = taskService.createTaskQuery().processInstanceId((String) created.getBody().get("processInstanceId")).singleResult();
    assertThat(get("paula", "/engine-rest/task/" + triage.getId() + "/form-variables", null, null).getBody())
        .contains("peter（顧客の依頼）", "（v1 との比較。", "提出：通常の変更として提出（peter）").doesNotContain("@ja", "submitted as");
    assertThat(get("paula", "/engine-rest/task/" + triage.getId() + "/form-variables", "en", null).getBody())
        .contains("peter, on behalf of the client", "(against v1;", "Submitted: submitted as normal (peter)");

    // the API's answer: the trail's and the current steps' texts in the caller's language, codes as they are
    assertThat(get("peter", "/api/change-requests/" + id, "ja-JP,ja;q=0.9", null).getBody())
        .contains("\"step\":\"提出\"", "\"outcome\":\"通常の変更として提出\"", "\"currentSteps\":[\"変更要求を仕分けする\"]",
            "\"status\":\"IN_TRIAGE\"", "\"type\":\"NORMAL\"")
        .doesNotContain("Submitted", "Triage the change request");
    assertThat(get("peter", "/api/change-requests/" + id, "en", null).getBody())
        .contains("\"step\":\"Submitted\"", "\"outcome\":\"submitted as normal\"", "\"currentSteps\":[\"Triage the change request\"]");

    // a Japanese PMO sends back the read-only texts as the form showed them, in Japanese: accepted as unchanged
    String pi = (String) created.getBody().get("processInstanceId");
    Map<String, Object> triageShown = shownValues("paula", triage, "decisionTrail", "requestedBy", "proposedChange");
    Map<String, Object> triaged = new java.util.HashMap<>(triageShown);
    triaged.putAll(Map.of("triageOutcome", value("complete"), "changeType", value("normal")));
    assertThat(submit("paula", triage, triaged, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // the impact form shows the trail and the type of change in Japanese ...
    Task impact = task(pi, io.pmoflow.specchange.SpecChangeElements.TASK_IMPACT_ANALYSIS);
    Map<String, Object> impactShown = shownValues("paula", impact, "decisionTrail", "changeType");
    assertThat(impactShown.get("decisionTrail").toString()).contains("変更要求を仕分けする：揃っている、通常の変更に分類（paula）");
    assertThat(get("paula", "/engine-rest/task/" + impact.getId() + "/deployed-form", null, null).getBody())
        .contains("\"label\":\"通常\",\"value\":\"normal\"");
    // ... which still cannot be changed, in either language
    Map<String, Object> answer = new java.util.HashMap<>(Map.of("effortDays", value(3), "cost", value(1200), "delayDays", value(0),
        "risk", value("low")));
    Map<String, Object> forged = new java.util.HashMap<>(answer);
    forged.put("decisionTrail", value(impactShown.get("decisionTrail") + "\n承認済み"));
    ResponseEntity<Map> refused = submit("paula", impact, forged, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("読み取り専用のため変更できません");
    assertThat(submit("paula", impact, Map.of("changeType", value("emergency")), null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.queryForObject("select change_type from change_request where id = ?", String.class, id)).isEqualTo("NORMAL");
    answer.putAll(impactShown);
    assertThat(submit("paula", impact, answer, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The values of read-only fields as a Japanese reader's form holds them, ready to be sent back. */
  private Map<String, Object> shownValues(String user, Task task, String... names) {
    String variables = get(user, "/engine-rest/task/" + task.getId() + "/form-variables", "ja-JP", null).getBody();
    try {
      com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(variables);
      Map<String, Object> values = new java.util.HashMap<>();
      for (String name : names) {
        assertThat(tree.has(name)).as(name + " in " + variables).isTrue();
        values.put(name, value(tree.path(name).path("value").asText()));
      }
      return values;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void processAndDecisionNamesReadInJapaneseInTheWebappsAndOverTheEngineApi() {
    String processes = "/engine-rest/process-definition?latestVersion=true&sortBy=name&sortOrder=asc&maxResults=50";
    assertThat(get("paula", processes, "ja-JP,ja;q=0.9", null).getBody())
        .contains("\"name\":\"ベンダーのオンボーディング\"", "\"name\":\"仕様変更の承認\"", "\"name\":\"RFP の作成\"",
            "\"key\":\"vendor-onboarding\"")
        .doesNotContain("\"name\":\"Vendor onboarding\"", "\"name\":\"Spec-change approval\"");
    assertThat(get("paula", processes, "en", null).getBody()).contains("\"name\":\"Vendor onboarding\"");
    // stored and searched in English: a search by the English name still finds the process
    assertThat(Api.as(http, "paula").exchange("/engine-rest/process-definition?nameLike={q}&latestVersion=true&maxResults=50",
        HttpMethod.GET, new HttpEntity<>(headers("ja-JP", null)), String.class, "%onboarding%").getBody())
        .contains("ベンダーのオンボーディング");
    assertThat(get("paula", "/engine-rest/process-definition/key/spec-change-approval", "ja-JP", null).getBody())
        .contains("\"name\":\"仕様変更の承認\"");
    assertThat(get("demo", "/engine-rest/decision-definition?latestVersion=true&maxResults=50", "ja-JP", null).getBody())
        .contains("\"name\":\"ベンダーのアクセスを誰が承認するか\"").doesNotContain("Who approves vendor access");

    // Tasklist's start dialog and Cockpit's process list ask the webapps' engine API
    WebappBrowser tasklist = new WebappBrowser(port).logIn("paula");
    String startable = tasklist.get("/camunda/api/engine/engine/default/process-definition"
        + "?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15",
        "ja-JP,ja;q=0.9").body();
    assertThat(startable).contains("\"name\":\"ベンダーのオンボーディング\"", "\"name\":\"RFP の作成\"")
        .doesNotContain("\"name\":\"Vendor onboarding\"");
    assertThat(tasklist.get("/camunda/api/engine/engine/default/process-definition"
        + "?latest=true&active=true&startableInTasklist=true&firstResult=0&maxResults=15", "en").body())
        .contains("\"name\":\"Vendor onboarding\"");
    String statistics = new WebappBrowser(port).logIn("demo")
        .get("/camunda/api/engine/engine/default/process-definition/statistics?rootIncidents=true", "ja-JP").body();
    assertThat(statistics).contains("\"name\":\"仕様変更の承認\"").doesNotContain("\"name\":\"Spec-change approval\"");
  }

  // --- helpers ----------------------------------------------------------------------------

  private String startPath() {
    return "/engine-rest/process-definition/key/" + RfpVariables.PROCESS_KEY + "/submit-form";
  }

  @Test
  void tasklistsFiltersAndAVendorsPageReadInJapanese() {
    // the filters everybody gets, stored in English, read in the request's language
    assertThat(get("paula", "/engine-rest/filter?resourceType=Task&maxResults=50", null, null).getBody())
        .contains("\"name\":\"自分のタスク\"", "\"name\":\"自分のグループのタスク\"", "自分のグループの未担当のタスク")
        .doesNotContain("My tasks", "My groups' tasks");
    assertThat(get("paula", "/engine-rest/filter?resourceType=Task&maxResults=50", "en", null).getBody())
        .contains("\"name\":\"My tasks\"", "\"name\":\"My groups' tasks\"");

    long vendorId = Vendors.register(http, Vendors.registration("jv" + suffix, false, LocalDate.of(2031, 3, 31)));
    assertThat(html("paula", "/api/vendors/" + vendorId + "/access")).contains("<html lang=\"ja\">",
        "<h1>Vendor jv" + suffix + "（jv" + suffix + "）のオンボーディング</h1>", "<h2>契約</h2>", "2031年3月31日", "NDA 未受領",
        "<h2>メンバーとそのアクセス</h2><pre>まだいません</pre>").doesNotContain("Onboarding of", "not yet on file");
  }

  private String html(String user, String path) {
    HttpHeaders html = headers(null, null);
    html.setAccept(List.of(org.springframework.http.MediaType.TEXT_HTML));
    ResponseEntity<String> page = Api.as(http, user).exchange(path, HttpMethod.GET, new HttpEntity<>(html), String.class);
    assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return page.getBody();
  }

  private ResponseEntity<String> get(String user, String path, String acceptLanguage, String cookie) {
    return Api.as(http, user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers(acceptLanguage, cookie)), String.class);
  }

  private ResponseEntity<Map> post(String user, String path, Object body, String cookie) {
    return Api.as(http, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(null, cookie)), Map.class);
  }

  private ResponseEntity<Map> submit(String user, Task task, Map<String, Object> variables, String cookie) {
    if (taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
      post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user), cookie);
    }
    return post(user, "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables), cookie);
  }

  private static HttpHeaders headers(String acceptLanguage, String cookie) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, RequestLanguage.COOKIE + "=" + cookie);
    }
    return headers;
  }

  private Task task(String pi, String key) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).list();
    assertThat(tasks).as("open task " + key).hasSize(1);
    return tasks.get(0);
  }

  private void runJob(String pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    management.executeJob(job.getId());
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
