package io.pmoflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.i18n.Languages;
import io.pmoflow.specchange.ChangeRequestApprovals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

class RuleTextsTest {

  private final Map<String, String> catalog = RuleTexts.japaneseCatalog();

  /** Every rule text of every decision table's {@code rule} output, as the engine answers it (without its quotes). */
  private static Set<String> ruleTextsOfTheModels() throws IOException {
    Set<String> texts = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".dmn")).toList()) {
        for (DecisionTable table : Dmn.readModelFromFile(model.toFile()).getModelElementsByType(DecisionTable.class)) {
          int column = table.getOutputs().stream().map(Output::getName).toList().indexOf("rule");
          if (column < 0) {
            continue;
          }
          for (Rule rule : table.getRules()) {
            String text = rule.getOutputEntries().stream().skip(column).findFirst().orElseThrow().getTextContent().strip();
            assertThat(text).as(model + " " + rule.getId() + ": the rule text is a string literal").matches("\"[^\"]+\"");
            texts.add(text.substring(1, text.length() - 1));
          }
        }
      }
    }
    return texts;
  }

  @Test
  void everyRuleOfEveryDecisionTableHasAJapaneseTextAndEveryJapaneseTextARule() throws IOException {
    Set<String> rules = ruleTextsOfTheModels();
    assertThat(rules).as("the tables' rule texts").hasSizeGreaterThanOrEqualTo(16);
    rules.add(ChangeRequestApprovals.FOUR_EYES_RULE);
    assertThat(new TreeSet<>(catalog.keySet())).isEqualTo(rules);
    catalog.forEach((english, japanese) -> assertThat(japanese).as(english).isNotBlank().isNotEqualTo(english));
  }

  @Test
  void aStoredTextOfSeveralRulesReadsInJapaneseRuleByRule() {
    String stored = "R3 cost above 5,000: change board; R6 cost above 50,000: sponsor as well; a rule written since";
    assertThat(RuleTexts.in(Languages.JAPANESE, stored))
        .isEqualTo("R3 費用 5,000 超：変更管理委員会; R6 費用 50,000 超：スポンサーも承認; a rule written since");
    assertThat(RuleTexts.in(Languages.ENGLISH, stored)).isEqualTo(stored);
    assertThat(RuleTexts.in(Languages.JAPANESE, null)).isNull();
  }
}
