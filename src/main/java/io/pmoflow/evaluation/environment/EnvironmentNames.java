package io.pmoflow.evaluation.environment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of one environment, checked again here whatever the caller checked: they end up in SQL
 * statements and directory names, so only {@code ev<evaluation id>_<candidate code>} with a candidate
 * code of {@code [a-z][a-z0-9]{1,19}} is accepted. The database is named like the key, the login role
 * {@code <key>_login}, the directory group {@code evaluation-<key>}.
 */
record EnvironmentNames(String key) {

  static final String CANDIDATE = "[a-z][a-z0-9]{1,19}";
  static final Pattern KEY = Pattern.compile("ev([1-9][0-9]{0,17})_(" + CANDIDATE + ")");
  static final String GROUP_PREFIX = "evaluation-";
  static final String ROLE_SUFFIX = "_login";

  EnvironmentNames {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new EnvironmentRequestRefusedException(
          "Not an environment key: " + key + " (it is ev<evaluation id>_<candidate code>, the code 2 to 20 lower-case letters and digits, a letter first)");
    }
  }

  static EnvironmentNames of(long evaluationId, String candidateCode) {
    if (evaluationId <= 0) {
      throw new EnvironmentRequestRefusedException("The evaluation id must be a positive number, not " + evaluationId);
    }
    if (candidateCode == null || !candidateCode.matches(CANDIDATE)) {
      throw new EnvironmentRequestRefusedException(
          "The candidate code must be 2 to 20 lower-case letters and digits, a letter first, not \"" + candidateCode + "\"");
    }
    return new EnvironmentNames("ev" + evaluationId + "_" + candidateCode);
  }

  /** The key of a directory group of an environment, or null for any other group. */
  static String keyOfGroup(String group) {
    if (group == null || !group.startsWith(GROUP_PREFIX)) {
      return null;
    }
    String key = group.substring(GROUP_PREFIX.length());
    return KEY.matcher(key).matches() ? key : null;
  }

  long evaluationId() {
    return Long.parseLong(parts().group(1));
  }

  String candidateCode() {
    return parts().group(2);
  }

  String database() {
    return key;
  }

  String role() {
    return key + ROLE_SUFFIX;
  }

  String group() {
    return GROUP_PREFIX + key;
  }

  /** The name quoted for SQL (the pattern leaves nothing to escape; the quotes keep it exact). */
  static String quoted(String name) {
    return "\"" + name + "\"";
  }

  private Matcher parts() {
    Matcher matcher = KEY.matcher(key);
    matcher.matches();
    return matcher;
  }
}
