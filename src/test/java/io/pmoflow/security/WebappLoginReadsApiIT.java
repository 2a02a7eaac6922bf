package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.PostgresIntegrationTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A link from a form or a mail to the API (a document, a case) opens in the browser that is logged
 * in to Tasklist without a second login; changes still need HTTP Basic.
 */
@PostgresIntegrationTest
class WebappLoginReadsApiIT {

  @LocalServerPort int port;

  @Test
  void theTasklistLoginReadsTheApiButChangesNothing() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    assertThat(send(browser, get("/api/projects")).statusCode()).isEqualTo(401);

    send(browser, get("/camunda/app/tasklist/"));
    String xsrf =
        cookies.getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from Tasklist"));
    HttpResponse<String> login =
        send(
            browser,
            HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=paula&password=paula"))
                .build());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    assertThat(send(browser, get("/api/projects")).statusCode()).isEqualTo(200);
    HttpResponse<String> change =
        send(
            browser,
            HttpRequest.newBuilder(uri("/api/projects"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"X-1\"}"))
                .build());
    assertThat(change.statusCode()).isEqualTo(401);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET().build();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
