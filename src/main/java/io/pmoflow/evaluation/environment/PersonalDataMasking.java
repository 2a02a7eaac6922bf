package io.pmoflow.evaluation.environment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deterministic masking by keyed hash: a personal value becomes a pattern-keeping fake derived from
 * HMAC-SHA256(key, kind + value). The same value always gives the same fake (a customer stays one
 * customer across rows, tables and the candidates' environments, so the tools can be compared on
 * the same joins and counts), and without the key nobody can go from a fake back to the value, not
 * even by hashing guesses.
 */
final class PersonalDataMasking {

  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private final Supplier<String> keySource;
  private SecretKeySpec key;

  PersonalDataMasking(String key) {
    this(() -> key);
    key();
  }

  /** The key is read (or made) at the first masking, not when the application starts. */
  PersonalDataMasking(Supplier<String> key) {
    this.keySource = key;
  }

  private synchronized SecretKeySpec key() {
    if (key == null) {
      String value = keySource.get();
      if (value == null || value.length() < 16) {
        throw new IllegalStateException("The masking key (pmoflow.evaluation.environments.masking-key) needs at least 16 characters");
      }
      key = new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
    return key;
  }

  String mask(Masking kind, String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    byte[] hash = hmac(kind.name() + ":" + value);
    return switch (kind) {
      case NAME -> "Person " + letters(hash, 6);
      case EMAIL -> "person-" + HexFormat.of().formatHex(hash, 0, 5) + "@masked.invalid";
      case PHONE -> digits(value, hash);
      case TEXT -> "masked-" + HexFormat.of().formatHex(hash, 0, 6);
    };
  }

  private static String letters(byte[] hash, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(LETTERS.charAt(Byte.toUnsignedInt(hash[i]) % LETTERS.length()));
    }
    return out.toString();
  }

  private static String digits(String value, byte[] hash) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    boolean first = true;
    for (char c : value.toCharArray()) {
      if (Character.isDigit(c) && !first) {
        out.append((char) ('0' + Byte.toUnsignedInt(hash[next++ % hash.length]) % 10));
      } else {
        out.append(c);
      }
      first &= !Character.isDigit(c);
    }
    return out.toString();
  }

  private byte[] hmac(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
