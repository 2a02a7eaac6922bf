package io.pmoflow.process;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page of a case whose key is a prefix and its row's number ({@code CR-12} → {@code /api/change-requests/12}). */
public abstract class NumberedCasePage implements CasePage {

  private final String processDefinitionKey;
  private final Pattern key;
  private final String pathPrefix;

  protected NumberedCasePage(String processDefinitionKey, String keyPrefix, String pathPrefix) {
    this.processDefinitionKey = processDefinitionKey;
    this.key = Pattern.compile(Pattern.quote(keyPrefix) + "(\\d+)");
    this.pathPrefix = pathPrefix;
  }

  @Override
  public Optional<String> path(String processDefinitionKey, String businessKey) {
    Matcher number = key.matcher(businessKey);
    return this.processDefinitionKey.equals(processDefinitionKey) && number.matches()
        ? Optional.of(pathPrefix + number.group(1))
        : Optional.empty();
  }
}
