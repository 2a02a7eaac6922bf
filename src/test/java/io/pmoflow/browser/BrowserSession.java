package io.pmoflow.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, headless, driven by Playwright (nothing downloads a browser). Without a
 * browser the tests are skipped, loudly; on CI ({@code CI=true}) a missing browser fails them.
 */
public class BrowserSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  static final Path CHROMIUM = Path.of(System.getProperty("browser.path", "/usr/bin/chromium"));
  static final List<String> FLAGS =
      List.of(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync");

  private Playwright playwright;
  private Browser browser;
  private boolean japaneseOpened;

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!Files.isExecutable(CHROMIUM)) {
      String message =
          "NO BROWSER at " + CHROMIUM + ": the browser journeys did not run. Install it with "
              + "'apt-get install chromium' (or set -Dbrowser.path).";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message);
      }
      System.err.println("\n!!!!!!!!!!\n!!! " + message + "\n!!!!!!!!!!\n");
      Assumptions.abort(message);
    }
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(FLAGS));
  }

  /** A fresh page with its own cookies: one person's browser. */
  public Page newPage() {
    return newPage("en-GB", "UTC");
  }

  /** A fresh page of a browser set to this language (e.g. ja-JP) and time zone (e.g. Asia/Tokyo). */
  public Page newPage(String locale, String timeZone) {
    japaneseOpened |= locale.startsWith("ja");
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(1200, 760)
                .setLocale(locale)
                .setTimezoneId(timeZone));
    context.setDefaultTimeout(20_000);
    return context.newPage();
  }

  /**
   * After a test that browsed in Japanese, everybody reads English again: PMO Flow remembers the
   * language each person last used, and the journeys that follow on the same database expect their
   * mails and texts in English. The pages are closed first (an open Tasklist polls, in Japanese).
   */
  @Override
  public void afterEach(ExtensionContext context) {
    if (!japaneseOpened) {
      return;
    }
    japaneseOpened = false;
    browser.contexts().forEach(BrowserContext::close);
    ApplicationContext application = SpringExtension.getApplicationContext(context);
    TestRestTemplate http = application.getBean(TestRestTemplate.class);
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    List<String> readingJapanese = application.getBean(JdbcTemplate.class)
        .queryForList("select user_id from person_language where language = 'ja'", String.class);
    for (String user : readingJapanese) {
      // the journeys' people (demo and test users) have their id as password
      http.withBasicAuth(user, user)
          .exchange("/engine-rest/task?maxResults=1", HttpMethod.GET, new HttpEntity<>(english), String.class);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }
}
