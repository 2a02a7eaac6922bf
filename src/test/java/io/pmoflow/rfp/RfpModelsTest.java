package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** The RFP's model and forms: what the Modeler and Tasklist 7.24 need to show them. */
class RfpModelsTest {

  static final Set<String> FORM_JS_1_8_TYPES =
      Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist",
          "datetime", "group", "dynamiclist", "table", "text", "html", "expression", "image", "iframe",
          "separator", "spacer", "button");

  final ObjectMapper json = new ObjectMapper();

  BpmnModelInstance model() {
    return Bpmn.readModelFromStream(getClass().getResourceAsStream("/processes/rfp-preparation.bpmn"));
  }

  @Test
  void everyElementIsNamedAndDrawn() {
    BpmnModelInstance model = model();
    List<String> drawn = new ArrayList<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getName()).as(node.getId() + " has a name").isNotBlank();
      assertThat(drawn).as(node.getId() + " is drawn").contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(drawn).as(flow.getId() + " is drawn").contains(flow.getId());
      if (flow.getSource() instanceof Gateway && flow.getSource().getOutgoing().size() > 1) {
        assertThat(flow.getName()).as(flow.getId() + " leaves a gateway: named").isNotBlank();
        assertThat(flow.getConditionExpression()).as(flow.getId() + " has a condition").isNotNull();
      }
    }
  }

  @Test
  void everyUserTaskAndTheStartEventHaveAValidCamundaForm() throws Exception {
    BpmnModelInstance model = model();
    List<String> formRefs = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      formRefs.add(task.getCamundaFormRef());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        formRefs.add(start.getCamundaFormRef());
      }
    }
    assertThat(formRefs).hasSize(9).doesNotContainNull();
    for (String formRef : formRefs) {
      try (InputStream in = getClass().getResourceAsStream("/forms/" + formRef + ".form")) {
        assertThat(in).as("forms/" + formRef + ".form exists").isNotNull();
        JsonNode form = json.readTree(in);
        assertThat(form.get("id").asText()).isEqualTo(formRef);
        assertThat(form.get("schemaVersion").asInt()).isLessThanOrEqualTo(16);
        checkComponents(formRef, form.get("components"));
      }
    }
  }

  private void checkComponents(String form, JsonNode components) {
    for (JsonNode c : components) {
      String type = c.get("type").asText();
      assertThat(FORM_JS_1_8_TYPES).as(form + ": component type " + type).contains(type);
      boolean input = c.has("key") && !c.path("readonly").asBoolean(false);
      if (input) {
        assertThat(c.path("description").asText()).as(form + ": " + c.get("key") + " has help text").isNotBlank();
      }
      if (c.has("components")) {
        checkComponents(form, c.get("components"));
      }
    }
  }
}
