package io.pmoflow.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Checks the models in processes/ and the forms in forms/ the way Cockpit, the Modeler and
 * Tasklist 7.24 will meet them, and lists every problem found (empty = all good).
 */
public class ModelCheck {

  static final int MAX_SCHEMA_VERSION = 16;

  /** What Tasklist 7.24 (form-js 1.8.7) renders; anything else fails in front of the user. */
  static final Set<String> RENDERED_COMPONENTS =
      Set.of(
          "default", "textfield", "textarea", "number", "checkbox", "checklist", "radio",
          "select", "taglist", "datetime", "group", "table", "text", "html",
          "expression", "image", "iframe", "separator", "spacer", "button");

  /**
   * Rendered, but a task or start form holding one cannot be submitted in Tasklist 7.24: form-js
   * 1.8.7 records an empty error entry for each field of a list row and Tasklist counts entries,
   * so Complete stays disabled. Lists are typed one row per line instead (io.pmoflow.forms.TextRows).
   */
  static final Set<String> UNSUBMITTABLE_COMPONENTS = Set.of("dynamiclist");

  /** Components that take input: they need a label a person can read. */
  static final Set<String> INPUTS =
      Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio", "select",
          "taglist", "datetime");

  private static final Pattern DELEGATE = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

  private final Path processes;
  private final Path forms;
  private final Set<String> beanNames;
  private final List<String> findings = new ArrayList<>();

  public ModelCheck(Path processes, Path forms, Set<String> beanNames) {
    this.processes = processes;
    this.forms = forms;
    this.beanNames = beanNames;
  }

  public List<String> findings() {
    findings.clear();
    Set<String> formIds = checkForms();
    for (Path bpmn : files(processes, ".bpmn")) {
      checkBpmn(bpmn, formIds);
    }
    for (Path dmn : files(processes, ".dmn")) {
      checkDmn(dmn);
    }
    return List.copyOf(findings);
  }

  private Set<String> checkForms() {
    Map<String, Path> byId = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : files(forms, ".form")) {
      JsonNode form;
      try {
        form = json.readTree(file.toFile());
      } catch (IOException e) {
        report(file, "is not valid JSON: " + e.getMessage());
        continue;
      }
      String expectedId = file.getFileName().toString().replaceFirst("\\.form$", "");
      String id = form.path("id").asText("");
      if (!id.equals(expectedId)) {
        report(file, "has id \"" + id + "\"; it must equal the file name \"" + expectedId + "\"");
      }
      Path other = byId.put(id, file);
      if (other != null) {
        report(file, "uses the id " + id + " of " + other.getFileName());
      }
      if (form.path("schemaVersion").asInt(Integer.MAX_VALUE) > MAX_SCHEMA_VERSION) {
        report(file, "has schemaVersion " + form.path("schemaVersion") + "; Tasklist 7.24 renders up to 16");
      }
      checkComponents(file, form.path("components"));
    }
    return byId.keySet();
  }

  private void checkComponents(Path file, JsonNode components) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      String name = component.path("key").asText(component.path("path").asText(component.path("id").asText("?")));
      if (UNSUBMITTABLE_COMPONENTS.contains(type)) {
        report(file, "component " + name + " is a " + type + ": Tasklist 7.24 never enables Complete for a form with one");
      } else if (!RENDERED_COMPONENTS.contains(type)) {
        report(file, "component " + name + " has type \"" + type + "\", which Tasklist 7.24 cannot render");
      }
      String label =
          component.path("label").asText(component.path("dateLabel").asText(component.path("timeLabel").asText("")));
      if (INPUTS.contains(type) && label.isBlank()) {
        report(file, "input " + name + " has no label");
      }
      checkComponents(file, component.path("components"));
    }
  }

  private void checkBpmn(Path file, Set<String> formIds) {
    BpmnModelInstance model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      report(file, "does not parse: " + e.getMessage());
      return;
    }
    String key = file.getFileName().toString().replaceFirst("\\.bpmn$", "");
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    if (processes.stream().noneMatch(p -> p.getId().equals(key))) {
      report(file, "has no process with the id " + key + " (the file name)");
    }
    for (Process process : processes) {
      if (!process.isExecutable()) {
        report(file, "process " + process.getId() + " is not executable");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        report(file, "process " + process.getId() + " has no history time to live");
      }
    }
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class)
        .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class)
        .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!drawn.contains(element.getId())) {
        report(file, element.getId() + " is not drawn in the diagram");
      }
      checkNamed(file, element);
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkFormRef(file, task, task.getCamundaFormRef(), formIds);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        checkFormRef(file, start, start.getCamundaFormRef(), formIds);
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String expression = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
      if (expression == null) {
        continue;
      }
      Matcher bean = DELEGATE.matcher(expression);
      if (!bean.matches()) {
        report(file, element.getId() + " has delegate expression " + expression + "; use ${beanName}");
      } else if (!beanNames.contains(bean.group(1))) {
        report(file, element.getId() + " names the bean " + bean.group(1) + ", which does not exist");
      }
    }
  }

  private void checkNamed(Path file, FlowElement element) {
    boolean needsName;
    if (element instanceof SequenceFlow flow) {
      // a flow that leaves a decision is the answer to its question; a parallel fork asks none
      needsName =
          (flow.getSource() instanceof ExclusiveGateway || flow.getSource() instanceof InclusiveGateway)
              && flow.getSource().getOutgoing().size() > 1;
    } else {
      needsName = element instanceof FlowNode && !(element instanceof Gateway gateway && gateway.getOutgoing().size() <= 1);
    }
    if (needsName && (element.getName() == null || element.getName().isBlank())) {
      report(file, element.getId() + " has no name; the diagram is the documentation");
    }
  }

  private void checkFormRef(Path file, FlowNode node, String formRef, Set<String> formIds) {
    if (formRef == null) {
      report(file, "user task " + node.getId() + " has no Camunda Form (camunda:formRef)");
    } else if (!formIds.contains(formRef)) {
      report(file, node.getId() + " refers to the form " + formRef + ", which is not in forms/");
    } else if (!"deployment".equals(node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))) {
      report(file, node.getId() + " must bind its form with camunda:formRefBinding=\"deployment\"");
    }
  }

  private void checkDmn(Path file) {
    DmnModelInstance model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      report(file, "does not parse: " + e.getMessage());
      return;
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        report(file, "decision " + decision.getId() + " has no history time to live");
      }
    }
  }

  private void report(Path file, String problem) {
    findings.add(file.getFileName() + ": " + problem);
  }

  private static List<Path> files(Path folder, String suffix) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
