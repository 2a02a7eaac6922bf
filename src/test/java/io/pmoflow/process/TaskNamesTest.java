package io.pmoflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class TaskNamesTest {

  private final Map<String, String> catalog = TaskNames.japaneseCatalog();
  private final TaskNames names = TaskNames.japanese();

  @Test
  void everyUserTaskOfEveryModelHasAJapaneseNameAndEveryJapaneseNameAModelsTask() throws IOException {
    Set<String> modelNames = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)
            .forEach(task -> modelNames.add(task.getName()));
      }
    }
    assertThat(new TreeSet<>(catalog.keySet())).isEqualTo(modelNames);
    catalog.forEach((english, japanese) ->
        assertThat(placeholders(japanese)).as(japanese).isEqualTo(placeholders(english)));
  }

  @Test
  void theModelsPartIsTranslatedAndTheCaseKeptAsStored() {
    assertThat(names.translated("Approve access (security): Ann Archer → prod-logs/reader (Initech)"))
        .isEqualTo("アクセスを承認する（セキュリティ）：Ann Archer → prod-logs/reader (Initech)");
    assertThat(names.translated("Review the RFP: RFP-3 CRM (PM)")).isEqualTo("RFP をレビューする：RFP-3 CRM（PM）");
    assertThat(names.translated("Review the RFP: RFP-3 CRM (security review)"))
        .isEqualTo("RFP をレビューする：RFP-3 CRM（security のレビュー）");
    assertThat(names.translated("Re-verify the manual section — MAN-LOGIN for CR-12 One-time code"))
        .isEqualTo("マニュアルの節を再確認する — CR-12 One-time code の MAN-LOGIN");
    assertThat(names.translated("Answer the PMO's question — CR-1 Login")).isEqualTo("PMO の質問に回答する — CR-1 Login");
  }

  @Test
  void aNameThatIsNoModelsNameStaysAsItIs() {
    assertThat(names.translated("Call the vendor")).isEqualTo("Call the vendor");
    assertThat(names.translated(null)).isNull();
  }

  @Test
  void everyTaskOfAnAnswerIsRenamedAndNothingElse() throws IOException {
    String hal = """
        {"_embedded": {"task": [{"id": "1", "name": "Draft the RFP: RFP-3 CRM", "taskDefinitionKey": "Task_DraftRfp"}],
         "processDefinition": [{"id": "p", "name": "Draft the RFP: RFP-3 CRM"}]}, "count": 1}""";

    String answer = new String(names.translatedAnswer(hal.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

    assertThat(answer).contains("\"name\":\"RFP を起案する：RFP-3 CRM\"").contains("\"name\":\"Draft the RFP: RFP-3 CRM\"");
  }

  @Test
  void tasklistsAndTheEngineApisTaskAnswersAreTheOnesRenamed() {
    assertThat(TaskNamesInTheReadersLanguage.isTaskAnswer("/camunda/api/engine/engine/default/task")).isTrue();
    assertThat(TaskNamesInTheReadersLanguage.isTaskAnswer("/camunda/api/engine/engine/default/task/3f2a")).isTrue();
    assertThat(TaskNamesInTheReadersLanguage.isTaskAnswer("/camunda/api/engine/engine/default/filter/9/list")).isTrue();
    assertThat(TaskNamesInTheReadersLanguage.isTaskAnswer("/engine-rest/task")).isTrue();
    assertThat(TaskNamesInTheReadersLanguage.isTaskAnswer("/engine-rest/task/3f2a/variables")).isFalse();
    assertThat(TaskNamesInTheReadersLanguage.isTaskAnswer("/camunda/api/engine/engine/default/task/3f2a/form-variables")).isFalse();
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("\\$\\{\\w+}").matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found.stream().sorted().toList();
  }
}
