package io.pmoflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: one cookie jar, the webapps' login (Tasklist's own login request with
 * its XSRF header), and the pages' forms posted as a browser posts them. Redirects are not followed,
 * so a test sees each one.
 */
public final class WebappBrowser {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public WebappBrowser(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Logs in to Tasklist as the user (password = user id, the demo users'). */
  public WebappBrowser logIn(String user) {
    get("/camunda/app/tasklist/");
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user))
        .build());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return this;
  }

  /** Logs out with Tasklist's own logout (its XSRF header). */
  public HttpResponse<String> logOutOfTasklist() {
    get("/camunda/app/tasklist/");
    return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
        .header("X-XSRF-TOKEN", xsrf())
        .POST(HttpRequest.BodyPublishers.noBody())
        .build());
  }

  /** Whom Tasklist sees logged in (its own question to the server), or null. */
  public String tasklistUser() {
    HttpResponse<String> user = get("/camunda/api/admin/auth/user/default");
    Matcher name = Pattern.compile("\"userId\":\"([^\"]+)\"").matcher(user.body());
    return user.statusCode() == 200 && name.find() ? name.group(1) : null;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** A read as a browser set to {@code acceptLanguage} (e.g. {@code ja-JP,ja;q=0.9}) makes it. */
  public HttpResponse<String> get(String path, String acceptLanguage) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET().build());
  }

  /** Posts a form with the session's form token taken from {@code pageWithForm}, as the page would. */
  public HttpResponse<String> submit(String pageWithForm, String action, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token(get(pageWithForm).body()));
    return post(action, all);
  }

  /** Posts a form exactly as given (a forged one has no token). */
  public HttpResponse<String> post(String action, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(action))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  /**
   * Posts a multipart form (text fields and files, as a page's {@code enctype="multipart/form-data"}
   * form sends them) with the session's form token taken from {@code pageWithForm}.
   */
  public HttpResponse<String> submitFiles(String pageWithForm, String action, Map<String, String> fields, Proposals.Upload... files) {
    String boundary = "----pmoflow" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token(get(pageWithForm).body()));
    all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    for (Proposals.Upload file : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.name()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri(action))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build());
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  public static String token(String page) {
    Matcher token = TOKEN.matcher(page);
    assertThat(token.find()).as("a form token on the page").isTrue();
    return token.group(1);
  }

  private String xsrf() {
    String xsrf = cookie("XSRF-TOKEN");
    assertThat(xsrf).as("the webapps' XSRF-TOKEN cookie").isNotNull();
    return xsrf;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
