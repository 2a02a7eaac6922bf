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
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, headless, driven by Playwright (nothing downloads a browser). Without a
 * browser the tests are skipped, loudly; on CI ({@code CI=true}) a missing browser fails them.
 */
public class BrowserSession implements BeforeAllCallback, AfterAllCallback {

  static final Path CHROMIUM = Path.of(System.getProperty("browser.path", "/usr/bin/chromium"));
  static final List<String> FLAGS =
      List.of(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync");

  private Playwright playwright;
  private Browser browser;

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
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(1200, 760)
                .setLocale(locale)
                .setTimezoneId(timeZone));
    context.setDefaultTimeout(20_000);
    return context.newPage();
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
