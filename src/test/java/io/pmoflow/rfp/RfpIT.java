package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.pmoflow.document.DocumentRendererTest;
import io.pmoflow.document.PdfText;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Mailbox;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.TaskAttacks;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole RFP path over REST on PostgreSQL: real PDF, real SMTP (GreenMail). */
@PostgresIntegrationTest
class RfpIT {

  @Autowired TestRestTemplate http;
  @Autowired ManagementService management;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService history;
  @Autowired GreenMail greenMail;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  final String suffix = UUID.randomUUID().toString().substring(0, 8);
  final String acmeMail = "bids-" + suffix + "@acme.example";
  final String globexMail = "offers-" + suffix + "@globex.example";

  @Test
  void fromDraftToAwardOverRest() throws Exception {
    long projectId = project();
    Instant questions = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    Instant proposals = questions.plus(1, ChronoUnit.DAYS);
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", draft(projectId, 60, questions, proposals), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long rfpId = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");
    assertThat(pi).isNotBlank();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/rfps/" + rfpId);
    assertThat(mailTo("paula@pmoflow.example", "Recorded: RFP-" + rfpId)).contains("recorded as RFP-" + rfpId);

    // the PMO confirms the draft; the form refuses an incomplete one with the reason
    Task draft = task(pi, RfpElements.TASK_DRAFT_RFP);
    ResponseEntity<Map> refused = submit("paula", draft, Map.of("criteria", value("Price | 50")));
    assertThat(refused.getStatusCode().is5xxServerError() || refused.getStatusCode().is4xxClientError()).isTrue();
    assertThat(refused.getBody().get("message").toString()).contains("weights must sum to 100 but sum to 50");
    assertThat(submit("paula", draft, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    runJob(pi, RfpElements.TASK_GENERATE_DOCUMENT);

    // the PM (the project's) asks for changes; the PMO sees them on the draft
    Task review = task(pi, RfpElements.TASK_PM_REVIEW);
    assertThat(review.getAssignee()).isEqualTo("peter");
    assertThat(taskService.getVariableLocal(review.getId(), "rfpRequirements").toString())
        .contains("F-01 MUST (functional): Keeps every contact with a lead.");
    assertThat(taskService.getVariableLocal(review.getId(), "documentLink").toString()).endsWith("/api/rfps/" + rfpId + "/document/versions/1");
    assertThat(submit("peter", review, Map.of("decision", value("changes"))).getBody().get("message").toString())
        .contains("Say which changes you need");
    assertThat(submit("peter", review, Map.of("decision", value("changes"), "comments", value("Explain the migration")))
            .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    draft = task(pi, RfpElements.TASK_DRAFT_RFP);
    assertThat(taskService.getVariableLocal(draft.getId(), "reviewComments")).isEqualTo("PM: Explain the migration");
    assertThat(submit("paula", draft, Map.of("scope", value("Licences, set-up, data migration from the spreadsheets, training."))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // the draft's fields are read from the RFP when the form is read, and what the PMO sends stays on the task:
    // neither becomes a variable of the whole instance
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys("scope", "title", "background", "reviewComments", "vendors");
    runJob(pi, RfpElements.TASK_GENERATE_DOCUMENT);
    // "complete" keeps what the person chose, as "submit-form" does (the form's fields are task-local)
    assertThat(complete("peter", task(pi, RfpElements.TASK_PM_REVIEW), Map.of("decision", value("approve"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // two versions of a real PDF with the project dictionary
    String pdfText = PdfText.of(pdf("paula", "/api/rfps/" + rfpId + "/document")).replaceAll("\\s+", " ");
    assertThat(pdfText).contains("Request for proposal", "Customer relationship system " + suffix, "F-01", "data migration",
        "Project dictionary", "Lead", "version 2", "A person who has shown interest but has not bought yet");
    assertThat(PdfText.of(pdf("paula", "/api/rfps/" + rfpId + "/document/versions/1"))).doesNotContain("data migration");
    ResponseEntity<List> versions = Api.as(http, "paula").getForEntity("/api/rfps/" + rfpId + "/document/versions", List.class);
    assertThat(versions.getBody()).hasSize(2);
    ResponseEntity<String> html = Api.as(http, "paula").getForEntity("/api/rfps/" + rfpId + "/document?format=html", String.class);
    assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(html.getBody()).contains("<h2>7. Project dictionary</h2>");

    // issued: one invitation per vendor, and the invited vendor may read the document
    runJob(pi, RfpElements.TASK_ISSUE_TO_VENDORS);
    assertThat(mailTo(acmeMail, "Request for proposal")).contains("/api/rfps/" + rfpId + "/document", "Question deadline", "What to do")
        .doesNotContain("POST ");
    // the PDF goes with the invitation: a MIME part named after the document, starting like a PDF
    assertThat(mailTo(acmeMail, "Request for proposal")).contains("filename=rfp-" + rfpId + "-v2.pdf", "application/pdf");
    assertThat(mailTo(globexMail, "Request for proposal")).contains("Proposal deadline");
    assertThat(Api.as(http, "victor").getForEntity("/api/rfps/" + rfpId + "/document", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(http, "victor").getForEntity("/api/rfps/" + rfpId, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // a question, answered by the PMO and sent to every vendor without naming who asked
    ResponseEntity<Map> asked = Api.as(http, "victor")
        .postForEntity("/api/rfps/" + rfpId + "/questions", Map.of("question", "May we propose a cloud service?"), Map.class);
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.as(http, "peter").postForEntity("/api/rfps/" + rfpId + "/questions", Map.of("question", "x"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Task answer = task(pi, RfpElements.TASK_ANSWER_QUESTION);
    assertThat(taskService.getVariable(answer.getId(), "question")).isEqualTo("May we propose a cloud service?");
    assertThat(taskService.getVariable(answer.getId(), "askedBy").toString()).startsWith("Acme Ltd (acme), victor");
    assertThat(answer.getName()).isEqualTo("Answer a vendor question: RFP-" + rfpId + " Customer relationship system " + suffix);
    assertThat(submit("paula", answer, Map.of("answer", value("Yes, hosted in the EU."))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    runJob(pi, RfpElements.TASK_BROADCAST_ANSWER);
    assertThat(mailTo(globexMail, "Answer to a question")).contains("May we propose a cloud service?", "Yes, hosted in the EU.")
        .doesNotContain("acme").doesNotContain("victor");
    assertThat(mailTo(acmeMail, "Answer to a question")).contains("Yes, hosted in the EU.");

    // proposals: one each; a duplicate is refused and changes nothing
    assertThat(propose("wendy", rfpId, "90000").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.as(http, "victor").postForEntity("/api/rfps/" + rfpId + "/intent", Map.of("bid", true), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(propose("victor", rfpId, "100000").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map> duplicate = propose("victor", rfpId, "80000");
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(duplicate.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(jdbc.queryForObject("select count(*) from rfp_proposal where rfp_id = ?", Long.class, rfpId)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select price from rfp_proposal where rfp_id = ? and vendor_code = 'acme'", String.class, rfpId))
        .startsWith("100000");

    // the deadlines pass; each evaluator declares no conflict and scores on their own sheet
    runJob(pi, RfpElements.EVENT_QUESTION_DEADLINE);
    runJob(pi, RfpElements.EVENT_PROPOSAL_DEADLINE);
    assertThat(propose("wendy", rfpId, "1").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Task evan = scoringTask(pi, "evan");
    // the evaluator scores the proposals, not vendor codes: price, summary and file are on the sheet
    assertThat(taskService.getVariableLocal(evan.getId(), "proposals").toString())
        .contains("Acme Ltd (acme)", "Price: 100,000", "Files: proposal.pdf (");
    assertThat(taskService.getVariableLocal(evan.getId(), "rfpRequirements").toString()).contains("F-01 MUST (functional)");
    assertThat(submit("evan", evan, Map.of("scoreSheet", value(scores("evan", evan, Map.of("acme", new int[] {8, 9}, "globex", new int[] {6, 5})))))
            .getBody().get("message").toString()).contains("no conflict of interest");
    assertThat(submit("evan", evan, Map.of("noConflictOfInterest", value(true),
            "scoreSheet", value(scores("evan", evan, Map.of("acme", new int[] {8, 9}, "globex", new int[] {6, 5})))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task ella = scoringTask(pi, "ella");
    assertThat(Api.as(http, "ella").getForEntity("/engine-rest/task/" + ella.getId() + "/variables/scoreSheet?deserializeValue=false", String.class).getBody())
        .as("ella does not see evan's scores").contains("acme | Price |  | ").doesNotContain("| 8 |");
    assertThat(submit("ella", ella, Map.of("noConflictOfInterest", value(true),
            "scoreSheet", value(scores("ella", ella, Map.of("acme", new int[] {7, 8}, "globex", new int[] {6, 6})))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // the award: acme is top-ranked; choosing globex needs a justification
    Task award = task(pi, RfpElements.TASK_AWARD);
    assertThat(award.getAssignee()).isEqualTo("peter");
    assertThat(taskService.getVariableLocal(award.getId(), "ranking").toString()).startsWith("1. Acme Ltd (acme): 79.00 points, price ");
    assertThat(taskService.getVariableLocal(award.getId(), "moderation")).isEqualTo("The scores needed no moderation.");
    assertThat(submit("peter", award, Map.of("awardedVendor", value("globex"))).getBody().get("message").toString())
        .startsWith("Justification: ").contains("needs a written justification").doesNotContain("ENGINE-");
    assertThat(complete("peter", award, Map.of("awardedVendor", value("globex"), "awardJustification", value("Acme cannot start in March")))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    runJob(pi, RfpElements.TASK_NOTIFY_BIDDERS);
    runJob(pi, RfpElements.TASK_HAND_OVER_TO_ONBOARDING);
    assertThat(mailTo(globexMail, "Award:")).contains("has been selected");
    assertThat(mailTo(acmeMail, "Outcome:")).contains("not been selected");

    Map<String, Object> view = Api.as(http, "paula").getForEntity("/api/rfps/" + rfpId, Map.class).getBody();
    assertThat(view).containsEntry("status", "AWARDED").containsEntry("awardedVendor", "globex").containsEntry("documentVersion", 2);
    assertThat((List<?>) view.get("currentSteps")).isEmpty();
    Map<String, Object> handover = (Map<String, Object>) view.get("handover");
    assertThat(handover).containsEntry("status", "STARTED");
    String onboardingId = (String) handover.get("onboardingProcessInstanceId");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(onboardingId).singleResult().getBusinessKey())
        .isEqualTo("globex");
    assertThat(runtimeService.getVariable(onboardingId, "rfpId")).isEqualTo(rfpId);
    // no NDA is on file for a vendor fresh from an award: the PMO is asked to collect it first
    io.pmoflow.support.Jobs.runAll(management, onboardingId);
    assertThat(taskService.createTaskQuery().processInstanceId(onboardingId).taskDefinitionKey(io.pmoflow.onboarding.VendorOnboardingElements.TASK_COLLECT_NDA).count())
        .isEqualTo(1);
    assertThat(view.get("history").toString()).contains("PM requested changes", "Question answered", "Scores aggregated", "Awarded to globex");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).finished().count()).isEqualTo(1);
  }

  @Test
  void aJapaneseProjectsVendorsAreInvitedInJapaneseWithTheJapaneseDocument() throws Exception {
    long projectId = Projects.create(http, "JA-" + suffix.toUpperCase(), "顧客管理 " + suffix, 50000, "2030-03-01", "2030-12-31");
    assertThat(Api.as(http, "paula").exchange("/api/projects/" + projectId + "/language", HttpMethod.PUT,
        new HttpEntity<>(Map.of("language", "ja")), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    Instant questions = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> body = new HashMap<>(draft(projectId, 60, questions, questions.plus(5, ChronoUnit.DAYS)));
    body.put("title", "顧客管理システム導入 " + suffix);
    body.put("requirements", List.of(Map.of("id", "F-01", "priority", "MUST", "kind", "FUNCTIONAL",
        "text", DocumentRendererTest.LONG_JAPANESE_REQUIREMENT)));
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long rfpId = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");
    submit("paula", task(pi, RfpElements.TASK_DRAFT_RFP), Map.of());
    runJob(pi, RfpElements.TASK_GENERATE_DOCUMENT);
    submit("peter", task(pi, RfpElements.TASK_PM_REVIEW), Map.of("decision", value("approve")));
    runJob(pi, RfpElements.TASK_ISSUE_TO_VENDORS);

    MimeMessage invitation = Mailbox.awaitMail(greenMail, acmeMail, "提案依頼（RFP）: 顧客管理システム導入 " + suffix);
    assertThat(Mailbox.text(invitation))
        .startsWith("Acme Ltd 御中")
        .contains("「顧客管理システム導入 " + suffix + "」についての提案をご依頼いたします。", "お願いしたいこと",
            "/api/rfps/" + rfpId + "/document", "年", "月")
        .doesNotContain("Dear", "What to do");
    String pdf = PdfText.of(Mailbox.attachment(invitation, "rfp-" + rfpId + "-v1.pdf")).replaceAll("\\s+", "");
    assertThat(pdf).contains("提案依頼書（RFP）:顧客管理システム導入" + suffix, "3.要件", "必須",
        DocumentRendererTest.LONG_JAPANESE_REQUIREMENT, "8.回答方法").doesNotContain("#", "Requestforproposal");
  }

  @Test
  void anInvalidRfpGets400WithEveryReasonAndStartsNothing() {
    long projectId = project();
    long rfps = jdbc.queryForObject("select count(*) from rfp", Long.class);
    long instances = history.createHistoricProcessInstanceQuery().processDefinitionKey(RfpVariables.PROCESS_KEY).count();
    Map<String, Object> bad = draft(projectId, 50, Instant.parse("2030-01-20T12:00:00Z"), Instant.parse("2030-01-10T12:00:00Z"));
    bad.put("vendors", List.of());

    ResponseEntity<Map> response = Api.as(http, "paula").postForEntity("/api/rfps", bad, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("errors").toString())
        .contains("weights must sum to 100 but sum to 90", "milestones.proposalDeadline", "needs at least one invited vendor");
    assertThat(jdbc.queryForObject("select count(*) from rfp", Long.class)).isEqualTo(rfps);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(RfpVariables.PROCESS_KEY).count()).isEqualTo(instances);

    Map<String, Object> unknownProject = draft(999_999, 60, Instant.parse("2030-01-10T12:00:00Z"), Instant.parse("2030-01-20T12:00:00Z"));
    assertThat(Api.as(http, "paula").postForEntity("/api/rfps", unknownProject, Map.class).getBody().get("errors").toString())
        .contains("projectId", "does not exist");
  }

  @Test
  void onlyThePmoStartsRfpsAndAnonymousCallsGet401() {
    Map<String, Object> body = draft(project(), 60, Instant.parse("2030-01-10T12:00:00Z"), Instant.parse("2030-01-20T12:00:00Z"));
    assertThat(http.postForEntity("/api/rfps", body, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(http, "peter").postForEntity("/api/rfps", body, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "victor").postForEntity("/api/rfps", body, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "paula").getForEntity("/api/rfps/999999", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void lateProposalsAndQuestionsGet409AndChangeNothing() throws Exception {
    long projectId = project();
    Instant questions = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    ResponseEntity<Map> created = Api.as(http, "paula")
        .postForEntity("/api/rfps", draft(projectId, 60, questions, questions.plus(10, ChronoUnit.DAYS)), Map.class);
    long rfpId = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");
    submit("paula", task(pi, RfpElements.TASK_DRAFT_RFP), Map.of());
    runJob(pi, RfpElements.TASK_GENERATE_DOCUMENT);
    submit("peter", task(pi, RfpElements.TASK_PM_REVIEW), Map.of("decision", value("approve")));
    // time passes: a new RFP's deadlines must lie ahead, so the test moves them (and the timers'
    // dates, which the draft's completion copied) into the past before the RFP is issued
    Instant questionsClosed = Instant.parse("2020-01-10T12:00:00Z");
    Instant proposalsClosed = Instant.parse("2020-01-20T12:00:00Z");
    jdbc.update("update rfp set question_deadline = ?, proposal_deadline = ? where id = ?",
        Timestamp.from(questionsClosed), Timestamp.from(proposalsClosed), rfpId);
    runtimeService.setVariable(pi, "questionDeadline", questionsClosed.toString());
    runtimeService.setVariable(pi, "proposalDeadline", proposalsClosed.toString());
    runJob(pi, RfpElements.TASK_ISSUE_TO_VENDORS); // the deadline timers are due but not run yet: the RFP is open

    ResponseEntity<Map> late = propose("victor", rfpId, "50000");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().get("detail").toString()).contains("proposal deadline");
    ResponseEntity<Map> lateQuestion = Api.as(http, "victor")
        .postForEntity("/api/rfps/" + rfpId + "/questions", Map.of("question", "Too late?"), Map.class);
    assertThat(lateQuestion.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(jdbc.queryForObject("select count(*) from rfp_proposal where rfp_id = ?", Long.class, rfpId)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from rfp_question where rfp_id = ?", Long.class, rfpId)).isZero();
    assertThat(jdbc.queryForObject("select status from rfp_vendor where rfp_id = ? and code = 'acme'", String.class, rfpId))
        .isEqualTo("INVITED");

    // no proposal at the deadline: the PM cancels, the vendors are told
    runJob(pi, RfpElements.EVENT_QUESTION_DEADLINE);
    runJob(pi, RfpElements.EVENT_PROPOSAL_DEADLINE);
    Task decide = task(pi, RfpElements.TASK_DECIDE_NO_PROPOSALS);
    assertThat(submit("peter", decide, Map.of("noProposalsDecision", value("cancel"))).getBody().get("message").toString())
        .contains("reason for cancelling");
    submit("peter", decide, Map.of("noProposalsDecision", value("cancel"), "cancelReason", value("Budget withdrawn")));
    runJob(pi, RfpElements.TASK_CANCEL_RFP);
    assertThat(mailTo(acmeMail, "is cancelled")).contains("Budget withdrawn");
    Map<String, Object> view = Api.as(http, "paula").getForEntity("/api/rfps/" + rfpId, Map.class).getBody();
    assertThat(view).containsEntry("status", "CANCELLED").containsEntry("cancelReason", "Budget withdrawn");
  }

  @Test
  void tasklistsStartFormCreatesTheDraftForThePmo() {
    long projectId = project();
    ResponseEntity<Map> started = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/" + RfpVariables.PROCESS_KEY + "/submit-form",
        Map.of("variables", Map.of("projectId", value(projectId), "title", value("Hosting " + suffix))), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String pi = (String) started.getBody().get("id");
    long rfpId = ((Number) taskService.getVariable(task(pi, RfpElements.TASK_DRAFT_RFP).getId(), RfpVariables.RFP_ID)).longValue();
    Map<String, Object> view = Api.as(http, "paula").getForEntity("/api/rfps/" + rfpId, Map.class).getBody();
    assertThat(view).containsEntry("title", "Hosting " + suffix).containsEntry("status", "DRAFT");
    assertThat((List<Object>) view.get("currentSteps")).containsExactly("Draft the RFP: RFP-" + rfpId + " Hosting " + suffix);
    // the case is known by its key however it was started, and its task says which RFP it is
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey())
        .isEqualTo("RFP-" + rfpId);
    assertThat(task(pi, RfpElements.TASK_DRAFT_RFP).getName()).isEqualTo("Draft the RFP: RFP-" + rfpId + " Hosting " + suffix);
    assertThat(taskService.createTaskQuery().taskNameLike("%Hosting " + suffix + "%").list()).hasSize(1);
    // the PMO who started it is mailed its key and where to follow it: its page, and its tasks in Tasklist
    assertThat(mailTo("paula@pmoflow.example", "Recorded: RFP-" + rfpId + " Hosting " + suffix))
        .contains("recorded as RFP-" + rfpId, "/camunda/app/tasklist/default/#/?searchQuery=", "RFP-" + rfpId + "%22")
        .containsPattern("Follow it \\(status, decisions so far\\): http\\S*/api/rfps/" + rfpId + "\\s");
    // and Tasklist, after the start, is told the same; nobody else learns it
    ResponseEntity<Map> followUp = Api.as(http, "paula").getForEntity("/api/cases/" + pi, Map.class);
    assertThat(followUp.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(followUp.getBody()).containsEntry("key", "RFP-" + rfpId);
    assertThat(followUp.getBody().get("followUrl").toString()).endsWith("/api/rfps/" + rfpId);
    assertThat(followUp.getBody().get("tasksUrl").toString()).contains("/camunda/app/tasklist/default/#/?searchQuery=");
    // the follow address is a readable page to a browser
    org.springframework.http.HttpHeaders html = new org.springframework.http.HttpHeaders();
    html.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> page = Api.as(http, "paula").exchange("/api/rfps/" + rfpId, org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(html), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<h1>RFP-" + rfpId + " Hosting " + suffix + "</h1>", "DRAFT: waiting at Draft the RFP", "RFP created");
    assertThat(Api.as(http, "victor").exchange("/api/rfps/" + rfpId, org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(html), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "pia").getForEntity("/api/cases/" + pi, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(http, "victor").getForEntity("/api/cases/" + pi, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/cases/" + pi, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(http, "demo").getForEntity("/api/cases/" + pi, Map.class).getBody()).containsEntry("key", "RFP-" + rfpId);

    // an unknown project: the refusal names the field and says why, nothing is started
    ResponseEntity<Map> unknown = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/" + RfpVariables.PROCESS_KEY + "/submit-form",
        Map.of("variables", Map.of("projectId", value(987654321L), "title", value("Nowhere " + suffix))), Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("message").toString())
        .startsWith("Project number: there is no project 987654321").doesNotContain("ENGINE-", "rfp-preparation:");
    assertThat(view.get("history").toString()).contains("RFP created");

    // the empty draft cannot go to review: the form says why
    ResponseEntity<Map> refused = submit("paula", task(pi, RfpElements.TASK_DRAFT_RFP), Map.of());
    assertThat(refused.getBody().get("message").toString())
        .contains("Requirements needs at least one requirement", "Invited vendors needs at least one invited vendor", "Issue date is required");
    assertThat(Api.as(http, "peter").postForEntity(
        "/engine-rest/process-definition/key/" + RfpVariables.PROCESS_KEY + "/submit-form",
        Map.of("variables", Map.of("projectId", value(projectId), "title", value("x"))), Map.class).getStatusCode())
        .as("a PM cannot even see the process to start it").isEqualTo(HttpStatus.NOT_FOUND);
  }

  // --- helpers ----------------------------------------------------------------------------

  long project() {
    String code = "RFP-" + suffix.toUpperCase();
    if (Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from project where code = ?", Boolean.class, code))) {
      return jdbc.queryForObject("select id from project where code = ?", Long.class, code);
    }
    long id = Projects.create(http, code, "CRM " + suffix, 50000, "2030-03-01", "2030-12-31");
    Api.as(http, "paula").put("/api/projects/" + id + "/dictionary/Lead",
        Map.of("definition", "A person who has shown interest but has not bought yet"));
    return id;
  }

  Map<String, Object> draft(long projectId, int priceWeight, Instant questions, Instant proposals) {
    return RfpDraftFixture.body(projectId, "Customer relationship system " + suffix, priceWeight, questions, proposals, acmeMail, globexMail);
  }

  ResponseEntity<Map> propose(String user, long rfpId, String price) {
    return io.pmoflow.support.Proposals.submitWithPdf(http, user, rfpId, price, "Our offer");
  }

  Task task(String pi, String key) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).list();
    assertThat(tasks).as("open task " + key).hasSize(1);
    return tasks.get(0);
  }

  Task scoringTask(String pi, String evaluator) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(RfpElements.TASK_SCORE_PROPOSALS).taskAssignee(evaluator).singleResult();
  }

  /** Completes the task through the engine's REST API as Tasklist does (claim, submit the form). */
  ResponseEntity<Map> submit(String user, Task task, Map<String, Object> variables) {
    new TaskAttacks(http, taskService, runtimeService, identity).attempt(user, task, variables);
    if (task.getAssignee() == null) {
      Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user), Void.class);
    }
    return Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables), Map.class);
  }

  /** Completes the task with Camunda's "complete" (not the form route), as other systems do. */
  ResponseEntity<Map> complete(String user, Task task, Map<String, Object> variables) {
    new TaskAttacks(http, taskService, runtimeService, identity).attempt(user, task, variables);
    return Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables), Map.class);
  }

  static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /** The evaluator's own score sheet, filled in: scores per vendor in the order of the criteria. */
  String scores(String user, Task task, Map<String, int[]> byVendor) throws Exception {
    String sheet = Api.as(http, user).getForEntity("/engine-rest/task/" + task.getId() + "/variables/scoreSheet?deserializeValue=false", String.class).getBody();
    List<String> criteria = List.of("Price", "Approach");
    StringBuilder filled = new StringBuilder();
    for (String line : json.readTree(sheet).get("value").asText().split("\n")) {
      String[] values = line.split("\\|", -1);
      int score = byVendor.get(values[0].strip())[criteria.indexOf(values[1].strip())];
      filled.append(values[0]).append('|').append(values[1]).append("| ").append(score).append(" | scored by ").append(user).append('\n');
    }
    return filled.toString();
  }

  void runJob(String pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    management.executeJob(job.getId());
  }

  byte[] pdf(String user, String path) {
    ResponseEntity<byte[]> response = Api.as(http, user).getForEntity(path, byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    return response.getBody();
  }

  /** The body of the latest mail to the address whose subject contains the text (waits for it). */
  String mailTo(String address, String subject) {
    return Mailbox.body(Mailbox.awaitMail(greenMail, address, subject));
  }
}
