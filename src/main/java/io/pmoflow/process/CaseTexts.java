package io.pmoflow.process;

import io.pmoflow.i18n.Catalog;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.TextPatterns;
import java.util.Locale;
import java.util.Map;

/**
 * What the processes' code records of a case in English, in the reader's language: the steps and
 * outcomes of a decision trail ("Vote on the change (board): voted approve", "estimated 3 person-days,
 * cost 1200") and the deciders that are no person ("pmo-flow (delegated authority)"). The records
 * keep the English, which is the key of the Japanese in {@value #JAPANESE_CATALOG} (patterns: the
 * figures and keys in a text are kept), so records made before a translation existed read in
 * Japanese too; a text nobody translated reads as stored. {@code CaseTextsTest} fails when a step of
 * a model has no Japanese.
 */
public final class CaseTexts {

  static final String JAPANESE_CATALOG = "processes/i18n/case-texts.ja.json";

  private CaseTexts() {}

  static Map<String, String> japaneseCatalog() {
    return Catalog.read(JAPANESE_CATALOG);
  }

  /** The recorded text in {@code language}: Japanese, or as stored. */
  public static String in(Locale language, String stored) {
    return stored == null || !Languages.JAPANESE.equals(Languages.supported(language)) ? stored : Japanese.TEXTS.translated(stored);
  }

  private static final class Japanese {
    static final TextPatterns TEXTS = TextPatterns.translatingValues(japaneseCatalog());
  }
}
