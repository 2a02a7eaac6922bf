package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.Api;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Proposals;
import io.pmoflow.support.Proposals.Upload;
import io.pmoflow.support.TestFiles;
import io.pmoflow.rfp.IssuedRfps.Issued;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proposal files on PostgreSQL through the API: a vendor uploads, revises and reads its own; limits
 * and disguised files are refused naming the file; no other vendor, PM or security officer ever
 * reads them; the PMO and the RFP's evaluators open them after the deadline, from the score sheet;
 * after the deadline nothing changes. The test profile's limits: 300 KB a file, 500 KB a proposal,
 * 4 files, 1 MB a request.
 */
@PostgresIntegrationTest
class ProposalFilesIT {

  @Autowired TestRestTemplate http;
  @Autowired ManagementService management;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void vendorsUploadAndReadTheirOwnEvaluatorsOpenThemAfterTheDeadlineAndNothingChangesThen() throws Exception {
    Issued rfp = issuedRfp();
    byte[] pdf = TestFiles.pdf("Acme offer " + suffix);
    byte[] docx = TestFiles.docx("Acme plan");

    // acme submits a price, a summary and two real files; the type is found in each file's content
    ResponseEntity<Map> created = Proposals.submit(http, "victor", rfp.id(), "100000", "Hosted CRM",
        Proposals.file("offer.pdf", pdf), Proposals.file("C:\\bids\\plan.docx", docx));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> acme = created.getBody();
    String acmePath = "/api/rfps/" + rfp.id() + "/proposals/" + acme.get("id");
    assertThat(created.getHeaders().getLocation()).hasToString(acmePath);
    assertThat(acme).containsEntry("vendor", "acme").containsEntry("vendorName", "Acme Ltd").containsEntry("submittedBy", "victor");
    List<Map<String, Object>> files = files(acme);
    assertThat(names(acme)).containsExactly("offer.pdf", "plan.docx");
    assertThat(files.stream().map(f -> f.get("mediaType")).toList())
        .containsExactly("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(files.get(0)).containsEntry("size", pdf.length).containsEntry("sha256", sha256(pdf)).containsEntry("uploadedBy", "victor");
    String offer = (String) files.get(0).get("href");
    String plan = (String) files.get(1).get("href");
    assertThat(jdbc.queryForObject("select count(*) from rfp_proposal_file f join rfp_proposal_file_content c on c.file_id = f.id"
        + " where f.rfp_id = ?", Long.class, rfp.id())).isEqualTo(2);
    assertThat(jdbc.queryForObject("select status from rfp_vendor where rfp_id = ? and code = 'acme'", String.class, rfp.id()))
        .isEqualTo("SUBMITTED");

    // the vendor reads back exactly what it sent, as an attachment of the type found
    ResponseEntity<byte[]> download = Api.as(http, "victor").getForEntity(offer, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(pdf);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat((List<?>) list("victor", rfp.id()).getBody()).hasSize(1);
    assertThat(Proposals.submitWithPdf(http, "victor", rfp.id(), "90000", "again").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // globex sees none of it: not in its list, and every address of acme's is "not found"
    assertThat((List<?>) list("wendy", rfp.id()).getBody()).isEmpty();
    for (String path : List.of(offer, plan, acmePath)) {
      ResponseEntity<Map> refused = Api.as(http, "wendy").getForEntity(path, Map.class);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    // nor by guessing: acme's file ids under globex's own proposal, or under another RFP
    Map<String, Object> globex = Proposals.submitWithPdf(http, "wendy", rfp.id(), "90000", "Globex offer").getBody();
    String globexPath = "/api/rfps/" + rfp.id() + "/proposals/" + globex.get("id");
    String fileId = offer.substring(offer.lastIndexOf('/') + 1);
    assertThat(Api.as(http, "wendy").getForEntity(globexPath + "/files/" + fileId, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(http, "victor").getForEntity((String) files(globex).get(0).get("href"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(http, "wendy").exchange(offer, HttpMethod.DELETE, null, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Proposals.replace(http, "wendy", offer, Proposals.file("x.pdf", TestFiles.pdf("x"))).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Proposals.add(http, "wendy", acmePath, Proposals.file("x.pdf", TestFiles.pdf("x"))).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // the PM, security and an evaluator are no vendors: they cannot upload; and nobody reads before the deadline
    assertThat(Proposals.submitWithPdf(http, "peter", rfp.id(), "1", "x").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Proposals.submitWithPdf(http, "evan", rfp.id(), "1", "x").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "peter").getForEntity(offer, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(http, "sam").getForEntity(offer, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(list("peter", rfp.id()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> sealed = Api.as(http, "evan").getForEntity(offer, Map.class);
    assertThat(sealed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(sealed.getBody().get("detail").toString()).contains("sealed until the proposal deadline");
    assertThat(Api.as(http, "paula").getForEntity(offer, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(http.getForEntity(offer, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // before the deadline the vendor changes its proposal: a new price, a file added, one replaced, one deleted
    ResponseEntity<Map> revised = Api.as(http, "victor").exchange(acmePath, HttpMethod.PUT,
        new HttpEntity<>(Map.of("price", "95000", "summary", "Hosted CRM, revised")), Map.class);
    assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(revised.getBody()).containsEntry("price", 95000).containsKey("revisedAt");
    ResponseEntity<Map> added = Proposals.add(http, "victor", acmePath, Proposals.file("team.png", TestFiles.png()));
    assertThat(names(added.getBody())).containsExactly("offer.pdf", "plan.docx", "team.png");
    byte[] offer2 = TestFiles.pdf("Acme offer, second edition");
    ResponseEntity<Map> replaced = Proposals.replace(http, "victor", offer, Proposals.file("offer-v2.pdf", offer2));
    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(http, "victor").getForEntity(offer, byte[].class).getBody()).isEqualTo(offer2);
    assertThat(Api.as(http, "victor").exchange(plan, HttpMethod.DELETE, null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(names(Api.as(http, "victor").getForEntity(acmePath, Map.class).getBody()))
        .containsExactly("offer-v2.pdf", "team.png");
    String globexFile = (String) files(globex).get(0).get("href");
    ResponseEntity<Map> last = Api.as(http, "wendy").exchange(globexFile, HttpMethod.DELETE, null, Map.class);
    assertThat(last.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(last.getBody().get("detail").toString()).contains("proposal.pdf is the proposal's only file");

    // the deadline passes (moved into the past, as time would): nothing about the proposals changes any more
    jdbc.update("update rfp set question_deadline = ?, proposal_deadline = ? where id = ?",
        Timestamp.from(Instant.now().minus(2, ChronoUnit.HOURS)), Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), rfp.id());
    long filesBefore = fileCount(rfp.id());
    List<ResponseEntity<Map>> late = List.of(
        Proposals.add(http, "victor", acmePath, Proposals.file("late.pdf", TestFiles.pdf("late"))),
        Proposals.replace(http, "victor", offer, Proposals.file("late.pdf", TestFiles.pdf("late"))),
        Api.as(http, "victor").exchange(offer, HttpMethod.DELETE, null, Map.class),
        Api.as(http, "victor").exchange(acmePath, HttpMethod.PUT, new HttpEntity<>(Map.of("price", "1")), Map.class),
        Api.as(http, "victor").postForEntity("/api/rfps/" + rfp.id() + "/intent", Map.of("bid", false), Map.class),
        Api.as(http, "victor").postForEntity("/api/rfps/" + rfp.id() + "/questions", Map.of("question", "Late?"), Map.class));
    for (ResponseEntity<Map> refused : late) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(refused.getBody().get("detail").toString()).contains("has passed");
    }
    assertThat(fileCount(rfp.id())).isEqualTo(filesBefore);
    assertThat(jdbc.queryForObject("select price from rfp_proposal where rfp_id = ? and vendor_code = 'acme'", String.class, rfp.id()))
        .startsWith("95000");
    // the vendor still reads what it submitted and when
    assertThat(Api.as(http, "victor").getForEntity(offer, byte[].class).getBody()).isEqualTo(offer2);

    // now the PMO and the RFP's evaluators open every proposal; other vendors and roles still do not
    assertThat(Api.as(http, "paula").getForEntity(offer, byte[].class).getBody()).isEqualTo(offer2);
    assertThat((List<?>) list("evan", rfp.id()).getBody()).hasSize(2);
    assertThat(Api.as(http, "wendy").getForEntity(offer, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(http, "sam").getForEntity(offer, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(http, "peter").getForEntity(offer, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // the evaluator's score sheet links each file; the link opens the file for that evaluator
    runJob(rfp.pi(), RfpElements.EVENT_QUESTION_DEADLINE);
    runJob(rfp.pi(), RfpElements.EVENT_PROPOSAL_DEADLINE);
    Task sheet = taskService.createTaskQuery().processInstanceId(rfp.pi()).taskDefinitionKey(RfpElements.TASK_SCORE_PROPOSALS)
        .taskAssignee("evan").singleResult();
    ResponseEntity<Map> shown = Api.as(http, "evan")
        .getForEntity("/engine-rest/task/" + sheet.getId() + "/variables/proposalFiles", Map.class);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    String links = (String) shown.getBody().get("value");
    assertThat(links).contains("**Acme Ltd**: [offer\\-v2\\.pdf](http", offer + ")", "[team\\.png](", "**Globex Inc**: [proposal\\.pdf](");
    String link = links.substring(links.indexOf("[offer\\-v2\\.pdf](") + "[offer\\-v2\\.pdf](".length());
    link = link.substring(link.indexOf("/api/"), link.indexOf(')'));
    assertThat(Api.as(http, "evan").getForEntity(link, byte[].class).getBody()).isEqualTo(offer2);
    assertThat(Api.as(http, "ella").getForEntity(link, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // another vendor reading the evaluator's task variables is refused as for any task that is not theirs
    assertThat(Api.as(http, "wendy").getForEntity("/engine-rest/task/" + sheet.getId() + "/variables/proposalFiles", Map.class)
        .getStatusCode().is2xxSuccessful()).isFalse();
  }

  @Test
  void tooLargeTooManyAndDisguisedFilesAreRefusedNamingTheFileAndNothingIsStored() {
    Issued rfp = issuedRfp();
    long before = fileCount(rfp.id());

    ResponseEntity<Map> big = Proposals.submit(http, "victor", rfp.id(), "1000", "x",
        Proposals.file("offer.pdf", TestFiles.pdf("ok")), Proposals.file("annex.pdf", TestFiles.pdfOfSize(301 * 1024)));
    assertThat(big.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(big.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(big.getBody().get("detail")).isEqualTo("annex.pdf is 301.0 KB; a file may be at most 300.0 KB");

    ResponseEntity<Map> total = Proposals.submit(http, "victor", rfp.id(), "1000", "x",
        Proposals.file("a.pdf", TestFiles.pdfOfSize(250 * 1024)), Proposals.file("b.pdf", TestFiles.pdfOfSize(260 * 1024)));
    assertThat(total.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(total.getBody().get("detail").toString()).contains("all files of a proposal together may be at most 500.0 KB");

    Upload[] five = new Upload[5];
    for (int i = 0; i < five.length; i++) {
      five[i] = Proposals.file("part-" + i + ".pdf", TestFiles.pdf("part " + i));
    }
    assertThat(Proposals.submit(http, "victor", rfp.id(), "1000", "x", five).getBody().get("detail"))
        .isEqualTo("A proposal may have at most 4 files; this would make 5");

    ResponseEntity<Map> disguised = Proposals.submit(http, "victor", rfp.id(), "1000", "x",
        Proposals.file("offer.pdf", TestFiles.html()));
    assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(disguised.getBody().get("detail").toString()).startsWith("offer.pdf is named as a PDF file but its content is not one");
    ResponseEntity<Map> exe = Proposals.submit(http, "victor", rfp.id(), "1000", "x", Proposals.file("tool.exe", new byte[] {'M', 'Z', 0}));
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(exe.getBody().get("detail").toString()).startsWith("tool.exe: only these kinds of file are accepted");

    // over the request's own bound (1 MB in tests): the servlet's limit, still a plain problem
    ResponseEntity<Map> huge = Proposals.submit(http, "victor", rfp.id(), "1000", "x",
        Proposals.file("huge.pdf", TestFiles.pdfOfSize(1200 * 1024)));
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(huge.getBody().get("detail").toString()).contains("The upload is larger than 1 MB in all; nothing was stored");

    // no file, no price, a price that is no number: 400 naming what is wrong
    ResponseEntity<Map> noFile = Proposals.submit(http, "victor", rfp.id(), "1000", "x");
    assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> noPrice = Proposals.submit(http, "victor", rfp.id(), "", "x", Proposals.file("a.pdf", TestFiles.pdf("a")));
    assertThat(noPrice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noPrice.getBody().get("errors").toString()).contains("price", "is required");
    ResponseEntity<Map> words = Proposals.submit(http, "victor", rfp.id(), "lots", "x", Proposals.file("a.pdf", TestFiles.pdf("a")));
    assertThat(words.getBody().get("errors").toString()).contains("price", "has an invalid value").doesNotContain("java.");
    // JSON (the old way, a file's name only) is not a proposal any more
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> old = Api.as(http, "victor").postForEntity("/api/rfps/" + rfp.id() + "/proposals",
        new HttpEntity<>(Map.of("price", "1", "attachmentName", "proposal.pdf"), json), Map.class);
    assertThat(old.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(old.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(old.getBody().get("detail").toString()).startsWith("Send the proposal as multipart/form-data");

    assertThat(fileCount(rfp.id())).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from rfp_proposal where rfp_id = ?", Long.class, rfp.id())).isZero();
  }

  // --- helpers ----------------------------------------------------------------------------

  Issued issuedRfp() {
    return new IssuedRfps(http, taskService, management).both();
  }

  void runJob(String pi, String activityId) {
    new IssuedRfps(http, taskService, management).runJob(pi, activityId);
  }

  /** The proposals the user may read (a list), or the problem (an object). */
  ResponseEntity<Object> list(String user, long rfpId) {
    return Api.as(http, user).getForEntity("/api/rfps/" + rfpId + "/proposals", Object.class);
  }

  long fileCount(long rfpId) {
    return jdbc.queryForObject("select count(*) from rfp_proposal_file where rfp_id = ?", Long.class, rfpId);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> files(Map<String, Object> proposal) {
    return (List<Map<String, Object>>) proposal.get("files");
  }

  static List<Object> names(Map<String, Object> proposal) {
    return files(proposal).stream().map(f -> f.get("name")).toList();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
