package io.pmoflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Vendors as the PMO registers and onboards them through the API, and their members' first mail. */
@SuppressWarnings("rawtypes")
public final class Vendors {

  private static final Pattern ACTIVATION = Pattern.compile("activation\\?token=([A-Za-z0-9_-]+)");

  private Vendors() {}

  /** A registration sponsored by peter, its lead at lead@{code}.example; change it before registering. */
  public static Map<String, Object> registration(
      String code, String company, String leadName, String contractStart, String contractEnd, boolean ndaOnFile) {
    Map<String, Object> vendor = new HashMap<>();
    vendor.put("code", code);
    vendor.put("company", company);
    vendor.put("contractNumber", "C-" + code);
    vendor.put("contractStart", contractStart);
    vendor.put("contractEnd", contractEnd);
    vendor.put("ndaOnFile", ndaOnFile);
    vendor.put("sponsor", "peter");
    vendor.put("leadName", leadName);
    vendor.put("leadEmail", "lead@" + code + ".example");
    return vendor;
  }

  /** "Vendor {code}", led by "Lead {code}", under a contract from today to {@code contractEnd}. */
  public static Map<String, Object> registration(String code, boolean ndaOnFile, LocalDate contractEnd) {
    return registration(code, "Vendor " + code, "Lead " + code, LocalDate.now().toString(), contractEnd.toString(), ndaOnFile);
  }

  /** Registers the vendor as paula; returns its id. */
  public static long register(TestRestTemplate http, Map<String, Object> registration) {
    ResponseEntity<Map> response = Api.as(http, "paula").postForEntity("/api/vendors", registration, Map.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) response.getBody().get("vendorId")).longValue();
  }

  /** Starts the vendor's onboarding of these members as paula; returns the process instance id. */
  @SafeVarargs
  public static String startOnboarding(TestRestTemplate http, long vendorId, Map<String, Object>... members) {
    ResponseEntity<Map> started = Api.as(http, "paula").postForEntity(
        "/api/vendors/" + vendorId + "/onboarding", Map.of("members", List.of(members)), Map.class);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
    return (String) started.getBody().get("processInstanceId");
  }

  /** A member to onboard, asking for the given access. */
  @SafeVarargs
  public static Map<String, Object> member(
      String name, String email, String roleInProject, String memberType, Map<String, String>... access) {
    return Map.of("name", name, "email", email, "roleInProject", roleInProject, "memberType", memberType,
        "access", List.of(access));
  }

  public static Map<String, String> access(String system, String role, String justification) {
    return Map.of("system", system, "role", role, "justification", justification);
  }

  /** The token of the activation link in the account mail sent to a new member. */
  public static String activationToken(GreenMail greenMail, String to) {
    String body = Mailbox.body(Mailbox.awaitMail(greenMail, to, "Your PMO Flow account"));
    Matcher matcher = ACTIVATION.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }
}
