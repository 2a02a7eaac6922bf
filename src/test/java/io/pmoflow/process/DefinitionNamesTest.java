package io.pmoflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

class DefinitionNamesTest {

  private final DefinitionNames names = DefinitionNames.japanese();

  private String translated(String answer) throws IOException {
    return new String(names.translatedAnswer(answer.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void everyProcessAndDecisionOfTheModelsHasAJapaneseNameAndEveryJapaneseNameAModel() throws IOException {
    Set<String> modelNames = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.toList()) {
        if (model.toString().endsWith(".bpmn")) {
          Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class).forEach(p -> modelNames.add(p.getName()));
        } else if (model.toString().endsWith(".dmn")) {
          Dmn.readModelFromFile(model.toFile()).getModelElementsByType(Decision.class).forEach(d -> modelNames.add(d.getName()));
        }
      }
    }
    assertThat(new TreeSet<>(DefinitionNames.japaneseCatalog().keySet())).isEqualTo(modelNames);
    DefinitionNames.japaneseCatalog().values().forEach(japanese -> assertThat(japanese).isNotBlank());
  }

  @Test
  void tasklistsStartDialogAndCockpitsListsNameTheProcessesInJapanese() throws IOException {
    assertThat(translated("""
        [{"id":"vendor-onboarding:3:x","key":"vendor-onboarding","name":"Vendor onboarding","version":3},
         {"id":"other:1:y","key":"other","name":"Someone else's process","version":1}]"""))
        .contains("\"name\":\"ベンダーのオンボーディング\"", "\"key\":\"vendor-onboarding\"", "\"id\":\"vendor-onboarding:3:x\"")
        .contains("\"name\":\"Someone else's process\"");
    // Cockpit's statistics: the definition inside each row
    assertThat(translated("[{\"id\":\"a\",\"instances\":2,\"definition\":{\"key\":\"rfp-preparation\",\"name\":\"RFP preparation\"}}]"))
        .isEqualTo("[{\"id\":\"a\",\"instances\":2,\"definition\":{\"key\":\"rfp-preparation\",\"name\":\"RFP の作成\"}}]");
    assertThat(translated("{\"id\":\"d\",\"key\":\"access-approval\",\"name\":\"Who approves vendor access\"}"))
        .contains("ベンダーのアクセスを誰が承認するか");
  }

  @Test
  void whatRunsInADefinitionNamesItInJapaneseAndTheTaskListsProcessColumnToo() throws IOException {
    assertThat(translated("[{\"id\":\"h\",\"processDefinitionKey\":\"tool-evaluation\",\"processDefinitionName\":\"Tool evaluation\"}]"))
        .contains("\"processDefinitionName\":\"ツールの評価\"", "\"processDefinitionKey\":\"tool-evaluation\"");
    String hal = """
        {"_embedded":{"task":[{"id":"1","name":"Vendor onboarding","taskDefinitionKey":"T"}],
         "processDefinition":[{"id":"p","key":"spec-change-approval","name":"Spec-change approval"}]},"count":1}""";
    // the same map for every name: a task named like a process reads like it
    assertThat(translated(hal)).contains("\"name\":\"仕様変更の承認\"").doesNotContain("Spec-change approval");
  }

  @Test
  void anAnswerThatIsNoJsonObjectOrListIsLeftAlone() {
    assertThatThrownBy(() -> names.translatedAnswer("<definitions/>".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> names.translatedAnswer("3".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
  }

  @Test
  void theAnswersThatNameDefinitionsAreRewrittenAndNoModelFormOrVariable() {
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/camunda/api/engine/engine/default/process-definition")).isTrue();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/camunda/api/engine/engine/default/process-definition/statistics")).isTrue();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/camunda/api/engine/engine/default/decision-definition")).isTrue();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/camunda/api/engine/engine/default/task")).isTrue();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/camunda/api/cockpit/plugin/base/default/process-definition/x/called-process-definitions")).isTrue();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/engine-rest/process-definition/key/vendor-onboarding")).isTrue();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/engine-rest/engine/default/history/process-instance")).isTrue();

    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/engine-rest/process-definition/a/xml")).isFalse();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/engine-rest/process-definition/key/a/deployed-start-form")).isFalse();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/engine-rest/task/1/form-variables")).isFalse();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/engine-rest/task/1/variables/shownVendor")).isFalse();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/engine-rest/process-instance/1/variables")).isFalse();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/engine-rest/deployment")).isFalse();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("GET", "/api/change-requests/1")).isFalse();
    // queries sent as POST: Tasklist's task list (a filter's list), the engine API's task and instance queries
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("POST", "/camunda/api/engine/engine/default/filter/9/list")).isTrue();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("POST", "/engine-rest/task")).isTrue();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("POST", "/engine-rest/task/1/submit-form")).isFalse();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("POST", "/engine-rest/process-definition/key/a/start")).isFalse();
    assertThat(DefinitionNamesInTheReadersLanguage.isNamingAnswer("PUT", "/engine-rest/task/1/variables/a")).isFalse();
  }
}
