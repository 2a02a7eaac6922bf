package io.pmoflow.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.process.ModelElements;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

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

  /**
   * The models in processes/ that follow the issue-13 rules, checked strictly: every element id
   * carries its type's prefix ({@link #idProblem}), every exclusive gateway that decides has exactly
   * one default flow, and every condition is a bare {@code ${name}} or {@code ${!name}}. Add a model's
   * file name here once it follows them; a model not listed is spared these three rules only.
   */
  public static final Set<String> STRICT_MODELS =
      Set.of("vendor-onboarding.bpmn", "vendor-member-onboarding.bpmn", "access-reconciliation.bpmn",
          "rfp-preparation.bpmn", "spec-change-approval.bpmn", "tool-evaluation.bpmn", "environment-reconciliation.bpmn");

  private static final Pattern DELEGATE = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

  /** The only logic a condition may hold: a named variable, or its negation. */
  private static final Pattern PLAIN_CONDITION = Pattern.compile("^\\$\\{!?[A-Za-z_][A-Za-z0-9_]*}$");

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** PascalCase after the prefix: {@code Task_DraftRfp}, {@code Flow_ChangesRequested}. */
  private static final String PASCAL = "[A-Z][A-Za-z0-9]*";

  private final Path processes;
  private final Path forms;
  private final Set<String> beanNames;
  private final Collection<Class<?>> elementClasses;
  private final Set<String> strictModels;
  private final List<String> findings = new ArrayList<>();

  /** Checks the models with the project's {@link #STRICT_MODELS}. */
  public ModelCheck(Path processes, Path forms, Set<String> beanNames, Collection<Class<?>> elementClasses) {
    this(processes, forms, beanNames, elementClasses, STRICT_MODELS);
  }

  /**
   * @param elementClasses the classes annotated with {@link ModelElements} whose constants must name
   *     elements of their model (see {@link ModelElementClasses})
   * @param strictModels file names of the models held to the id, default-flow and condition rules
   */
  public ModelCheck(
      Path processes,
      Path forms,
      Set<String> beanNames,
      Collection<Class<?>> elementClasses,
      Set<String> strictModels) {
    this.processes = processes;
    this.forms = forms;
    this.beanNames = beanNames;
    this.elementClasses = List.copyOf(elementClasses);
    this.strictModels = Set.copyOf(strictModels);
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
    for (Class<?> type : elementClasses) {
      checkElementConstants(type);
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
      boolean hidden = !component.path("conditional").path("hide").asText("").isBlank();
      if (hidden && component.path("validate").path("required").asBoolean(false)) {
        report(file, "input " + name + " is required and has a hide condition: once hidden with \"Field is required.\""
            + " Tasklist 7.24 keeps Complete disabled; mark it with the property requiredWhenShown instead");
      }
      if (component.path("properties").has("requiredWhenShown") && !hidden) {
        report(file, "input " + name + " is required when shown but has no hide condition: make it required");
      }
      checkComponents(file, component.path("components"));
    }
  }

  private void checkBpmn(Path file, Set<String> formIds) {
    BpmnModelInstance model;
    try {
      model = readBpmn(file);
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
    if (strictModels.contains(file.getFileName().toString())) {
      checkIds(file, model);
      checkDefaultFlows(file, model);
      checkConditions(file, model);
    }
  }

  /** Every id carries the prefix of its kind, so an id read in Java or a log says what it is. */
  private void checkIds(Path file, BpmnModelInstance model) {
    for (ModelElementInstance element : allElements(model)) {
      String id = element.getAttributeValue("id");
      if (id == null || CAMUNDA_NS.equals(element.getElementType().getTypeNamespace())) {
        continue; // Camunda's extension elements follow their own rules
      }
      String problem = idProblem(element, id);
      if (problem != null) {
        report(file, problem);
      }
    }
  }

  private static List<ModelElementInstance> allElements(BpmnModelInstance model) {
    List<ModelElementInstance> all = new ArrayList<>();
    all.add(model.getDefinitions());
    all.addAll(model.getModelElementsByType(BaseElement.class));
    all.addAll(model.getModelElementsByType(BpmnDiagram.class));
    all.addAll(model.getModelElementsByType(BpmnPlane.class));
    all.addAll(model.getModelElementsByType(BpmnShape.class));
    all.addAll(model.getModelElementsByType(BpmnEdge.class));
    return all;
  }

  /** What is wrong with the id of an element, or null when it follows the convention. */
  static String idProblem(ModelElementInstance element, String id) {
    if (element instanceof BpmnShape shape) {
      return diProblem(id, shape.getBpmnElement());
    }
    if (element instanceof BpmnEdge edge) {
      return diProblem(id, edge.getBpmnElement());
    }
    if (element instanceof Process) {
      return null; // the process id is the file name, checked above
    }
    String prefix;
    if (element instanceof BpmnDiagram) {
      return id.matches("(BPMNDiagram|Diagram)_\\w+") ? null : id + " is a diagram; its id starts with BPMNDiagram_ or Diagram_";
    } else if (element instanceof BpmnPlane) {
      return id.matches("(BPMNPlane|Plane)_\\w+") ? null : id + " is a diagram plane; its id starts with BPMNPlane_ or Plane_";
    } else if (element instanceof SubProcess) {
      prefix = "SubProcess_";
    } else if (element instanceof CallActivity) {
      prefix = "CallActivity_";
    } else if (element instanceof Activity) {
      prefix = "Task_";
    } else if (element instanceof Gateway) {
      prefix = "Gateway_";
    } else if (element instanceof Event) {
      prefix = "Event_";
    } else if (element instanceof SequenceFlow) {
      prefix = "Flow_";
    } else {
      // definitions, messages, errors, signals, event definitions, associations, annotations,
      // lanes: the Modeler's own convention, the type name (Message_, TimerEventDefinition_, ...),
      // whatever follows (Definitions_vendor_onboarding is what the Modeler's users wrote)
      prefix = element.getElementType().getTypeName() + "_";
      prefix = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1);
      return id.startsWith(prefix) && id.length() > prefix.length()
          ? null
          : id + " is a " + element.getElementType().getTypeName() + "; its id starts with " + prefix;
    }
    if (!id.matches(Pattern.quote(prefix) + PASCAL)) {
      return id + " is a " + element.getElementType().getTypeName() + "; its id is " + prefix + "PascalCase";
    }
    return null;
  }

  private static String diProblem(String id, BaseElement drawn) {
    if (drawn == null || id.equals(drawn.getId() + "_di")) {
      return null;
    }
    return "the diagram element " + id + " draws " + drawn.getId() + "; its id is " + drawn.getId() + "_di";
  }

  /** A deciding exclusive gateway has one default flow, without a condition; every other flow has one. */
  private void checkDefaultFlows(Path file, BpmnModelInstance model) {
    for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
      Collection<SequenceFlow> outgoing = gateway.getOutgoing();
      if (outgoing.size() <= 1) {
        continue;
      }
      SequenceFlow byDefault = gateway.getDefault();
      if (byDefault == null) {
        report(file, "gateway " + gateway.getId() + " has no default flow");
      } else if (byDefault.getConditionExpression() != null) {
        report(file, "gateway " + gateway.getId() + "'s default flow " + byDefault.getId() + " has a condition");
      }
      for (SequenceFlow flow : outgoing) {
        if (flow != byDefault && flow.getConditionExpression() == null) {
          report(file, "flow " + flow.getId() + " leaves gateway " + gateway.getId() + " without a condition and is not its default");
        }
      }
    }
  }

  /** The model holds no logic: a decision is a named variable computed in Java or DMN. */
  private void checkConditions(Path file, BpmnModelInstance model) {
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      ConditionExpression condition = flow.getConditionExpression();
      if (condition != null && !PLAIN_CONDITION.matcher(condition.getTextContent().strip()).matches()) {
        report(file, "flow " + flow.getId() + " has the condition " + condition.getTextContent().strip()
            + "; only ${name} or ${!name} (compute the decision in Java or DMN)");
      }
    }
  }

  /** Each constant of a {@link ModelElements} class names an element (or message) of its model. */
  private void checkElementConstants(Class<?> type) {
    String modelFile = type.getAnnotation(ModelElements.class).value();
    Path model = processes.resolve(modelFile);
    if (!Files.isRegularFile(model)) {
      findings.add(type.getName() + ": names the model " + modelFile + ", which is not in processes/");
      return;
    }
    BpmnModelInstance instance;
    try {
      instance = readBpmn(model);
    } catch (RuntimeException e) {
      return; // reported by checkBpmn
    }
    Set<String> names = new HashSet<>();
    for (BaseElement element : instance.getModelElementsByType(BaseElement.class)) {
      names.add(element.getId());
    }
    // a message or signal is correlated by its name, an error thrown by its code
    instance.getModelElementsByType(Message.class).forEach(m -> names.add(m.getName()));
    instance.getModelElementsByType(Signal.class).forEach(s -> names.add(s.getName()));
    instance.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class).forEach(e -> names.add(e.getErrorCode()));
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() != String.class
          || !Modifier.isPublic(modifiers)
          || !Modifier.isStatic(modifiers)
          || !Modifier.isFinal(modifiers)) {
        continue;
      }
      String value;
      try {
        value = (String) field.get(null);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      if (!names.contains(value)) {
        report(model, type.getSimpleName() + "." + field.getName() + " = \"" + value + "\" names no element of the model");
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

  private static BpmnModelInstance readBpmn(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
