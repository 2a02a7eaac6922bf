package io.pmoflow.support;

import org.springframework.boot.test.web.client.TestRestTemplate;

/** HTTP clients of the running test application, one per demo user (password = user id). */
public final class Api {

  private Api() {}

  public static TestRestTemplate as(TestRestTemplate anonymous, String userId) {
    return anonymous.withBasicAuth(userId, userId);
  }
}
