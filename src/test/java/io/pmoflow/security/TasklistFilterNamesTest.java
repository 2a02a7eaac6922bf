package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.Text;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TasklistFilterNamesTest {

  private static String translated(String answer) throws Exception {
    return new String(TasklistFilterNames.translatedAnswer(answer.getBytes(StandardCharsets.UTF_8), Languages.JAPANESE),
        StandardCharsets.UTF_8);
  }

  @Test
  void theStoredFiltersOfTasklistsListReadInJapanese() throws Exception {
    String list = translated("""
        [{"id":"a","resourceType":"Task","name":"My tasks","properties":{"description":"Tasks you have claimed","priority":-10},"itemCount":2},
         {"id":"b","resourceType":"Task","name":"My groups' tasks","properties":{"description":"Open tasks for your groups: claim one to work on it"}},
         {"id":"c","resourceType":"Task","name":"Urgent","properties":{"description":"Tasks you have claimed"}}]""");
    assertThat(list)
        .contains("\"name\":\"自分のタスク\"", "\"description\":\"自分が担当しているタスク\"", "\"itemCount\":2", "\"priority\":-10")
        .contains("\"name\":\"自分のグループのタスク\"", "\"description\":\"自分のグループの未担当のタスク：担当してから作業します\"")
        // a filter someone made keeps its texts
        .contains("\"name\":\"Urgent\",\"properties\":{\"description\":\"Tasks you have claimed\"}")
        .doesNotContain("My tasks", "My groups' tasks");
  }

  @Test
  void aSingleFilterReadsInJapaneseAndARenamedDescriptionStaysAsStored() throws Exception {
    assertThat(translated("{\"id\":\"a\",\"name\":\"My tasks\",\"properties\":{\"description\":\"Ours\"}}"))
        .isEqualTo("{\"id\":\"a\",\"name\":\"自分のタスク\",\"properties\":{\"description\":\"Ours\"}}");
    assertThat(translated("{\"count\":2}")).isEqualTo("{\"count\":2}");
  }

  @Test
  void theStoredNamesAreTheEnglishTextsOfTheBundle() {
    TasklistFilterNames.TEXTS.forEach((stored, key) -> assertThat(Text.of(key).in(Languages.ENGLISH)).isEqualTo(stored));
  }

  @Test
  void tasklistsAndTheEngineApisFilterAnswersAreRewritten() {
    assertThat(TasklistFilterNames.isFilterAnswer("/camunda/api/engine/engine/default/filter")).isTrue();
    assertThat(TasklistFilterNames.isFilterAnswer("/camunda/api/engine/engine/default/filter/3f2a")).isTrue();
    assertThat(TasklistFilterNames.isFilterAnswer("/engine-rest/filter")).isTrue();
    assertThat(TasklistFilterNames.isFilterAnswer("/engine-rest/engine/default/filter/3f2a")).isTrue();
    assertThat(TasklistFilterNames.isFilterAnswer("/engine-rest/filter/3f2a/list")).isFalse();
    assertThat(TasklistFilterNames.isFilterAnswer("/engine-rest/task")).isFalse();
  }
}
