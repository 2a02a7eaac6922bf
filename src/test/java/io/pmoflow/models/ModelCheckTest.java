package io.pmoflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.models.fixtures.BrokenProcessElements;
import io.pmoflow.models.fixtures.MissingModelElements;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelCheckTest {

  private static final Set<String> BEANS = SpringBeanNames.in("io.pmoflow");

  /** The check's own fixtures: classes that name elements of the broken models on purpose. */
  private static final String FIXTURES = "io.pmoflow.models.fixtures";

  private static final Path FIXTURE_FOLDER = Path.of("src/test/resources/model-check-fixtures");

  @Test
  void theRepositorysModelsAndFormsHaveNoProblems() {
    List<String> findings =
        new ModelCheck(
                Path.of("processes"), Path.of("forms"), BEANS, ModelElementClasses.in("io.pmoflow", FIXTURES))
            .findings();
    assertThat(findings).isEmpty();
  }

  @Test
  void findsTheApplicationsDelegateBeans() {
    assertThat(BEANS).contains("taskReminderDelegate", "modelDeployer");
  }

  @Test
  void findsTheClassesThatNameModelElements() {
    assertThat(ModelElementClasses.in("io.pmoflow", null))
        .contains(BrokenProcessElements.class, MissingModelElements.class);
    assertThat(ModelElementClasses.in("io.pmoflow", FIXTURES))
        .doesNotContain(BrokenProcessElements.class, MissingModelElements.class);
  }

  @Test
  void reportsEveryKindOfProblemInBrokenModels() {
    List<String> findings =
        new ModelCheck(
                FIXTURE_FOLDER.resolve("processes"),
                FIXTURE_FOLDER.resolve("forms"),
                BEANS,
                ModelElementClasses.in(FIXTURES, null),
                Set.of())
            .findings();

    assertThat(findings)
        .containsExactlyInAnyOrder(
            "broken-process.bpmn: has no process with the id broken-process (the file name)",
            "broken-process.bpmn: process Process_Other is not executable",
            "broken-process.bpmn: process Process_Other has no history time to live",
            "broken-process.bpmn: Task_NotDrawn is not drawn in the diagram",
            "broken-process.bpmn: Flow_ToNotDrawn is not drawn in the diagram",
            "broken-process.bpmn: Task_NoName has no name; the diagram is the documentation",
            "broken-process.bpmn: user task Task_NoName has no Camunda Form (camunda:formRef)",
            "broken-process.bpmn: Task_NotDrawn refers to the form missing-form, which is not in forms/",
            "broken-process.bpmn: Task_UnknownBean names the bean noSuchDelegate, which does not exist",
            "broken-process.bpmn: BrokenProcessElements.TASK_RENAMED = \"Task_RenamedLongAgo\" names no element of the model",
            "io.pmoflow.models.fixtures.MissingModelElements: names the model no-such-process.bpmn, which is not in processes/",
            "broken-decision.dmn: decision Decision_NoTtl has no history time to live",
            "wrong-id.form: has id \"another-id\"; it must equal the file name \"wrong-id\"",
            "wrong-id.form: has schemaVersion 17; Tasklist 7.24 renders up to 16",
            "wrong-id.form: component upload has type \"filepicker\", which Tasklist 7.24 cannot render",
            "wrong-id.form: input comment has no label",
            "wrong-id.form: input reason is required and has a hide condition: once hidden with \"Field is required.\""
                + " Tasklist 7.24 keeps Complete disabled; mark it with the property requiredWhenShown instead",
            "wrong-id.form: input note is required when shown but has no hide condition: make it required",
            "wrong-id.form: component items is a dynamiclist: Tasklist 7.24 never enables Complete for a form with one");
  }

  @Test
  void holdsStrictModelsToTheIdDefaultFlowAndConditionRules() {
    List<String> findings =
        new ModelCheck(
                FIXTURE_FOLDER.resolve("processes"),
                FIXTURE_FOLDER.resolve("forms"),
                BEANS,
                List.of(),
                Set.of("loose-conventions.bpmn"))
            .findings();

    assertThat(findings.stream().filter(f -> f.startsWith("loose-conventions.bpmn")))
        .containsExactlyInAnyOrder(
            "loose-conventions.bpmn: StartEvent_Begin is a startEvent; its id is Event_PascalCase",
            "loose-conventions.bpmn: End_Done is a endEvent; its id is Event_PascalCase",
            "loose-conventions.bpmn: Activity_Sub is a subProcess; its id is SubProcess_PascalCase",
            "loose-conventions.bpmn: Task_CallOther is a callActivity; its id is CallActivity_PascalCase",
            "loose-conventions.bpmn: Flow_lower is a sequenceFlow; its id is Flow_PascalCase",
            "loose-conventions.bpmn: Msg_Thing is a message; its id starts with Message_",
            "loose-conventions.bpmn: the diagram element Shape_Check draws Task_Check; its id is Task_Check_di",
            "loose-conventions.bpmn: gateway Gateway_Decide has no default flow",
            "loose-conventions.bpmn: flow Flow_NoCondition leaves gateway Gateway_Decide without a condition and is not its default",
            "loose-conventions.bpmn: gateway Gateway_Other's default flow Flow_lower has a condition",
            "loose-conventions.bpmn: flow Flow_Logic has the condition ${cost > 0 || late}; only ${name} or ${!name} (compute the decision in Java or DMN)");
  }

  @Test
  void sparesModelsNotYetStrict() {
    List<String> findings =
        new ModelCheck(
                FIXTURE_FOLDER.resolve("processes"), FIXTURE_FOLDER.resolve("forms"), BEANS, List.of(), Set.of())
            .findings();

    assertThat(findings).noneMatch(f -> f.startsWith("loose-conventions.bpmn"));
  }
}
