package io.pmoflow.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A user and password from an HTTP Basic {@code Authorization} header. */
record BasicCredentials(String user, String password) {

  private static final String BASIC = "Basic ";

  /** The credentials in the header; null when there is none or it is not HTTP Basic. */
  static BasicCredentials from(String header) {
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
