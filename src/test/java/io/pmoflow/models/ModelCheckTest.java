package io.pmoflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelCheckTest {

  private static final Set<String> BEANS = SpringBeanNames.in("io.pmoflow");

  @Test
  void theRepositorysModelsAndFormsHaveNoProblems() {
    List<String> findings = new ModelCheck(Path.of("processes"), Path.of("forms"), BEANS).findings();
    assertThat(findings).isEmpty();
  }

  @Test
  void findsTheApplicationsDelegateBeans() {
    assertThat(BEANS).contains("taskReminderDelegate", "modelDeployer");
  }

  @Test
  void reportsEveryKindOfProblemInBrokenModels() {
    Path fixtures = Path.of("src/test/resources/model-check-fixtures");
    List<String> findings =
        new ModelCheck(fixtures.resolve("processes"), fixtures.resolve("forms"), BEANS).findings();

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
            "broken-decision.dmn: decision Decision_NoTtl has no history time to live",
            "wrong-id.form: has id \"another-id\"; it must equal the file name \"wrong-id\"",
            "wrong-id.form: has schemaVersion 17; Tasklist 7.24 renders up to 16",
            "wrong-id.form: component upload has type \"filepicker\", which Tasklist 7.24 cannot render",
            "wrong-id.form: input comment has no label",
            "wrong-id.form: component items is a dynamiclist: Tasklist 7.24 never enables Complete for a form with one");
  }
}
