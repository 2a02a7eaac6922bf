package io.pmoflow.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of one-time links (a member's account activation, a tester's connection details): 256
 * random bits, mailed in the link and nowhere else. PMO Flow stores only {@link #hash}; a secret that
 * the link must hand over (a password) is stored {@link #seal sealed} with a key derived from the
 * token, so neither the database, the history nor the log can reveal it without the mail.
 */
public final class OneTimeTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 12;

  private OneTimeTokens() {}

  /** A new unguessable token, URL-safe. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What is stored to find the link again: SHA-256 of the token, hex. */
  public static String hash(String token) {
    return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
  }

  /** The secret encrypted (AES-256-GCM) with a key derived from the token; base64. */
  public static String seal(String token, String secret) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(token), new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** The secret that {@link #seal} sealed with this token. */
  public static String unseal(String token, String sealed) {
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(token), new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
      return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The sealed secret does not open with this token", e);
    }
  }

  // a label keeps the key apart from the stored hash, which is SHA-256 of the bare token
  private static SecretKeySpec key(String token) {
    return new SecretKeySpec(sha256(("pmoflow one-time seal:" + token).getBytes(StandardCharsets.UTF_8)), "AES");
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
