package io.pmoflow.support;

import io.pmoflow.forms.ShownTexts;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.forms.FormSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Before a test does a person's task, tries it the ways an attacker holding an ordinary login would,
 * over the engine REST API, and asserts that each is refused and changes nothing:
 *
 * <ul>
 *   <li>the person completes it with, besides their answers, every variable of the case their form
 *       does not let them change (gateway flags, approvers, vote counts, read-only context) — 400;
 *   <li>the person sets a variable on the task or the case directly — 403;
 *   <li>the person reads the task's variables — only what the form shows comes back;
 *   <li>someone who is neither the assignee nor a candidate completes it — refused;
 *   <li>for a task the model gives to one person, another member of that person's group reads or
 *       completes it — refused.
 * </ul>
 *
 * Used by every integration test that works a task, so every task the tests reach is attacked.
 */
public final class TaskAttacks {

  /** Demo users with the groups they are in, one per role (see DemoIdentity). */
  private static final Map<String, Set<String>> PEOPLE =
      Map.ofEntries(
          Map.entry("paula", Set.of("pmo")), Map.entry("pia", Set.of("pmo")), Map.entry("peter", Set.of("pm")),
          Map.entry("sam", Set.of("security")), Map.entry("carla", Set.of("change-board")),
          Map.entry("colin", Set.of("change-board")), Map.entry("cleo", Set.of("change-board")),
          Map.entry("sophia", Set.of("sponsor")), Map.entry("evan", Set.of("evaluator")),
          Map.entry("ella", Set.of("evaluator")), Map.entry("victor", Set.of("vendor-acme")),
          Map.entry("wendy", Set.of("vendor-globex")), Map.entry("ines", Set.of("infrastructure")));

  private final TestRestTemplate http;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public TaskAttacks(TestRestTemplate http, TaskService tasks, RuntimeService runtime, IdentityService identity) {
    this.http = http;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  /**
   * Does the task as {@code user} would in Tasklist, after trying every attack on it: claims it
   * unless it is already assigned, and completes it with {@code answers}, logged in as the user.
   */
  public void work(String user, Task task, Map<String, Object> answers) {
    attempt(user, task, answers);
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), answers);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Tries every attack on the open task that {@code user} is about to do with {@code answers}. */
  public void attempt(String user, Task task, Map<String, ?> answers) {
    if (!PEOPLE.containsKey(user)) {
      return; // an administrator: the guard does not hold them
    }
    FormSpec form = formOf(task);
    record(task);
    String pi = task.getProcessInstanceId();
    Map<String, String> before = snapshot(pi);

    Map<String, Object> forged = new LinkedHashMap<>(scalars(answers));
    runtime.getVariablesTyped(pi, false).keySet().stream()
        .filter(name -> !form.editableKeys().contains(name))
        .forEach(name -> forged.put(name, Map.of("value", "forged-by-" + user)));
    // the variables the attacker of issue 9 sent, whether or not this case holds them yet
    for (String name : List.of("fallbackApproverGroup", "approvalEscalationAfter", "sponsor", "changeType",
        "boardApprovals", "needsSponsor", "approvalRoute", "projectManager", "memberIds", "approvedByRule",
        // a spec change's figures and flag, read from the request since no start writes them (issue 14)
        "cost", "delayDays", "contractChange", "changesContractOrPlan", "requester")) {
      if (!form.editableKeys().contains(name)) {
        forged.put(name, Map.of("value", "forged-by-" + user));
      }
    }
    ResponseEntity<Map> extra = post(user, "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", forged));
    assertThat(extra.getStatusCode()).as("%s completing %s with variables outside its form: %s", user,
        task.getTaskDefinitionKey(), extra.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(extra.getBody())).contains("not a field of this form").doesNotContain("ENGINE-");
    assertUnchanged(task, pi, before);

    // a read-only text the form shows a Japanese reader (its @ja companion), sent back changed: refused like the English
    for (String name : form.shownNames()) {
      Object japanese = form.editableKeys().contains(name) ? null : tasks.getVariable(task.getId(), name + ShownTexts.JAPANESE);
      if (japanese instanceof String text) {
        Map<String, Object> changed = new LinkedHashMap<>(scalars(answers));
        changed.put(name, Map.of("value", text + "（承認済み）"));
        ResponseEntity<Map> refused = post(user, "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", changed));
        assertThat(refused.getStatusCode()).as("%s changing the Japanese %s of %s: %s", user, name, task.getTaskDefinitionKey(),
            refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(refused.getBody())).contains(name).doesNotContain("ENGINE-");
        assertUnchanged(task, pi, before);
      }
    }

    ResponseEntity<Map> direct = post(user, "/engine-rest/task/" + task.getId() + "/variables",
        Map.of("modifications", Map.of("approvedByRule", Map.of("value", true))));
    assertThat(direct.getStatusCode()).as("%s setting a variable of %s directly", user, task.getTaskDefinitionKey())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> onCase = http.withBasicAuth(user, user).exchange(
        "/engine-rest/process-instance/" + pi + "/variables/approvedByRule", HttpMethod.PUT,
        new HttpEntity<>(Map.of("value", true)), Map.class);
    assertThat(onCase.getStatusCode().is4xxClientError()).as("%s setting a case variable", user).isTrue();
    assertUnchanged(task, pi, before);

    ResponseEntity<Map> read = http.withBasicAuth(user, user).getForEntity("/engine-rest/task/" + task.getId() + "/variables", Map.class);
    assertThat(read.getStatusCode()).as("%s reading the variables of %s: %s", user, task.getTaskDefinitionKey(), read.getBody())
        .isEqualTo(HttpStatus.OK);
    assertThat(((Map<String, ?>) read.getBody()).keySet())
        .as("variables %s reads on %s", user, task.getTaskDefinitionKey())
        .allMatch(form::shows);

    for (String outsider : outsiders(task, user)) {
      ResponseEntity<Map> foreign = post(outsider, "/engine-rest/task/" + task.getId() + "/submit-form",
          Map.of("variables", scalars(answers)));
      assertThat(foreign.getStatusCode().is4xxClientError())
          .as("%s completing %s's task %s: %s", outsider, user, task.getTaskDefinitionKey(), foreign.getBody()).isTrue();
      assertUnchanged(task, pi, before);
    }
    String assignee = tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    if (assignee != null) {
      // a task the model gives to one person is theirs alone; a group's task claimed by one member
      // may be read by the group (as Tasklist shows it) but completed only by that member
      boolean onePersons = tasks.getIdentityLinksForTask(task.getId()).stream()
          .noneMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()));
      for (String colleague : colleagues(assignee)) {
        if (onePersons) {
          ResponseEntity<Map> peek = http.withBasicAuth(colleague, colleague)
              .getForEntity("/engine-rest/task/" + task.getId() + "/variables", Map.class);
          assertThat(peek.getStatusCode().is4xxClientError())
              .as("%s reading %s's own task %s", colleague, assignee, task.getTaskDefinitionKey()).isTrue();
        }
        ResponseEntity<Map> take = post(colleague, "/engine-rest/task/" + task.getId() + "/submit-form",
            Map.of("variables", scalars(answers)));
        assertThat(take.getStatusCode().is4xxClientError())
            .as("%s completing %s's own task %s", colleague, assignee, task.getTaskDefinitionKey()).isTrue();
        assertUnchanged(task, pi, before);
      }
    }
  }

  /** Notes which tasks were attacked, in target/task-attacks.txt (read it to see what the ITs reach). */
  private static void record(Task task) {
    try {
      java.nio.file.Path file = java.nio.file.Path.of("target", "task-attacks.txt");
      java.nio.file.Files.writeString(file, task.getProcessDefinitionId().split(":")[0] + " " + task.getTaskDefinitionKey() + "\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertUnchanged(Task task, String pi, Map<String, String> before) {
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(snapshot(pi)).as("variables of the case").isEqualTo(before);
  }

  private Map<String, String> snapshot(String pi) {
    Map<String, String> values = new TreeMap<>();
    VariableMap variables = runtime.getVariablesTyped(pi, false);
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      values.put(name, String.valueOf(
          value instanceof SerializableValue serialized ? serialized.getValueSerialized() : value.getValue()));
    }
    return values;
  }

  /** Users who are neither the task's assignee nor in any of its candidate groups or users. */
  private List<String> outsiders(Task task, String user) {
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
    Set<String> groups = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    Set<String> users = links.stream().filter(l -> l.getUserId() != null).map(IdentityLink::getUserId).collect(Collectors.toSet());
    List<String> all = PEOPLE.entrySet().stream()
        .filter(p -> !p.getKey().equals(user) && !users.contains(p.getKey()))
        .filter(p -> p.getValue().stream().noneMatch(groups::contains))
        .map(Map.Entry::getKey).sorted().toList();
    // one of the organisation's staff and one vendor, when there are such outsiders
    return all.stream().collect(Collectors.partitioningBy(u -> PEOPLE.get(u).stream().anyMatch(g -> g.startsWith("vendor-"))))
        .values().stream().filter(l -> !l.isEmpty()).map(l -> l.get(0)).toList();
  }

  /** Other members of the groups of the person a task is assigned to. */
  private static List<String> colleagues(String assignee) {
    Set<String> groups = PEOPLE.getOrDefault(assignee, Set.of());
    return PEOPLE.entrySet().stream()
        .filter(p -> !p.getKey().equals(assignee) && p.getValue().stream().anyMatch(groups::contains))
        .map(Map.Entry::getKey).sorted().toList();
  }

  private FormSpec formOf(Task task) {
    Task withForm = tasks.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    String key = withForm.getCamundaFormRef().getKey();
    try (InputStream in = getClass().getResourceAsStream("/forms/" + key + ".form")) {
      assertThat(in).as("form " + key).isNotNull();
      return FormSpec.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The answers as the engine REST API takes them; lists and objects are left out. */
  private static Map<String, Object> scalars(Map<String, ?> answers) {
    Map<String, Object> variables = new HashMap<>();
    answers.forEach((name, value) -> {
      if (value instanceof Map<?, ?> typed && typed.containsKey("value")) {
        variables.put(name, typed);
      } else if (value instanceof Long) {
        variables.put(name, Map.of("value", value, "type", "Long"));
      } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        variables.put(name, Map.of("value", value));
      }
    });
    return variables;
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> post(String user, String path, Object body) {
    return http.withBasicAuth(user, user).postForEntity(path, body, Map.class);
  }
}
