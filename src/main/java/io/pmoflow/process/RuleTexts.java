package io.pmoflow.process;

import io.pmoflow.i18n.Catalog;
import io.pmoflow.i18n.Languages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The texts of the routing rules (a decision table's {@code rule} output, e.g. "R3 cost above 5,000:
 * change board") in the reader's language. The tables and what is stored of them (the decision
 * trails, a task's variables) keep the English, which is the key of the Japanese in
 * {@value #JAPANESE_CATALOG}; so the trails recorded before a translation existed read in Japanese
 * too. {@code RuleTextsTest} fails when a rule of a table has no Japanese.
 */
public final class RuleTexts {

  static final String JAPANESE_CATALOG = "processes/i18n/rule-texts.ja.json";
  /** How several matched rules are stored in one text (hit policy COLLECT). */
  public static final String SEPARATOR = "; ";

  private RuleTexts() {}

  static Map<String, String> japaneseCatalog() {
    return Japanese.RULES;
  }

  /** The stored rule text (one rule, or several joined by {@value #SEPARATOR}) in {@code language}; an unknown rule as stored. */
  public static String in(Locale language, String stored) {
    if (stored == null || !Languages.JAPANESE.equals(Languages.supported(language))) {
      return stored;
    }
    return Arrays.stream(stored.split(SEPARATOR, -1))
        .map(rule -> Japanese.RULES.getOrDefault(rule, rule))
        .collect(Collectors.joining(SEPARATOR));
  }

  private static final class Japanese {
    static final Map<String, String> RULES = Catalog.read(JAPANESE_CATALOG);
  }
}
