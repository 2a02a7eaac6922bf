package io.pmoflow.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Translations of texts that are stored in English, written as patterns: {@code "estimated ${days}
 * person-days"} translates {@code "estimated 3 person-days"} with the {@code 3} kept. The catalog
 * (English pattern to translation, with the same placeholders) is keyed by what the code stores, so
 * a text stored before its translation existed reads translated too, and a text nobody translated
 * reads as stored.
 */
public final class TextPatterns {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  private final List<Template> templates = new ArrayList<>();
  private final Map<String, String> literals;
  private final boolean translatingValues;

  private TextPatterns(Map<String, String> catalog, boolean translatingValues) {
    catalog.forEach((english, translated) -> templates.add(Template.of(english, translated)));
    // the most specific pattern first, should one pattern also match another's text
    templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
    this.literals = catalog.entrySet().stream()
        .filter(e -> !PLACEHOLDER.matcher(e.getKey()).find())
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    this.translatingValues = translatingValues;
  }

  /** Patterns whose placeholders' values are kept as they are (a case's key, a person). */
  public static TextPatterns of(Map<String, String> catalog) {
    return new TextPatterns(catalog, false);
  }

  /**
   * Patterns whose placeholders' values are translated too when a value is one of the catalog's
   * plain texts, or a list of them joined by {@code ", "} (joined by {@code "、"} in the translation):
   * {@code "needs approval by ${who}"} with {@code "sponsor, change board"}.
   */
  public static TextPatterns translatingValues(Map<String, String> catalog) {
    return new TextPatterns(catalog, true);
  }

  /** The placeholders' names of a pattern, in order. */
  public static List<String> placeholders(String pattern) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** The text translated, or as it is when no pattern matches it. */
  public String translated(String text) {
    if (text == null) {
      return null;
    }
    for (Template template : templates) {
      Matcher matcher = template.english().matcher(text);
      if (matcher.matches()) {
        String result = template.translated();
        for (int i = 0; i < template.names().size(); i++) {
          result = result.replace("${" + template.names().get(i) + "}", value(matcher.group(i + 1)));
        }
        return result;
      }
    }
    return text;
  }

  private String value(String stored) {
    if (!translatingValues) {
      return stored;
    }
    if (literals.containsKey(stored)) {
      return literals.get(stored);
    }
    List<String> parts = Arrays.asList(stored.split(", ", -1));
    return parts.size() > 1 && literals.keySet().containsAll(parts)
        ? parts.stream().map(literals::get).collect(Collectors.joining("、"))
        : stored;
  }

  private record Template(Pattern english, List<String> names, String translated, int literalLength) {

    static Template of(String english, String translated) {
      StringBuilder regex = new StringBuilder("^");
      List<String> names = new ArrayList<>();
      Matcher placeholder = PLACEHOLDER.matcher(english);
      int from = 0;
      int literal = 0;
      while (placeholder.find()) {
        regex.append(Pattern.quote(english.substring(from, placeholder.start()))).append("(.*)");
        literal += placeholder.start() - from;
        names.add(placeholder.group(1));
        from = placeholder.end();
      }
      regex.append(Pattern.quote(english.substring(from))).append("$");
      literal += english.length() - from;
      return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), names, translated, literal);
    }
  }
}
