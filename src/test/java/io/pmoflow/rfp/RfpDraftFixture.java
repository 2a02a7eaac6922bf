package io.pmoflow.rfp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete RFP draft as {@code POST /api/rfps} takes it, for the tests that start one. */
public final class RfpDraftFixture {

  private RfpDraftFixture() {}

  public static Map<String, Object> body(long projectId, String title, int priceWeight, Instant questions, Instant proposals,
      String acmeMail, String globexMail) {
    LocalDate proposalDay = LocalDate.ofInstant(proposals, ZoneOffset.UTC);
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("title", title);
    body.put("background", "Sales works from spreadsheets and loses leads.");
    body.put("scope", "Licences, set-up and training.");
    body.put("requirements", List.of(
        Map.of("id", "F-01", "priority", "MUST", "kind", "FUNCTIONAL", "text", "Keeps every contact with a lead."),
        Map.of("id", "NF-01", "priority", "SHOULD", "kind", "NON_FUNCTIONAL", "text", "Answers within two seconds.")));
    body.put("deliverables", List.of(Map.of("name", "Running system", "description", "Configured, with the data migrated")));
    body.put("milestones", Map.of(
        "issueDate", LocalDate.ofInstant(questions, ZoneOffset.UTC).minusDays(5).toString(),
        "questionDeadline", questions.toString(),
        "proposalDeadline", proposals.toString(),
        "awardDate", proposalDay.plusDays(10).toString(),
        "projectStart", proposalDay.plusDays(30).toString(),
        "projectEnd", proposalDay.plusDays(300).toString()));
    body.put("criteria", List.of(Map.of("name", "Price", "weight", priceWeight), Map.of("name", "Approach", "weight", 40)));
    body.put("vendors", List.of(
        Map.of("code", "acme", "name", "Acme Ltd", "email", acmeMail),
        Map.of("code", "globex", "name", "Globex Inc", "email", globexMail)));
    body.put("evaluators", List.of("evan", "ella"));
    body.put("personalData", false);
    body.put("productionAccess", false);
    return body;
  }
}
