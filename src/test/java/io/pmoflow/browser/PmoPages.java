package io.pmoflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What the journeys through the pages under /pmo share: logging in on Tasklist's form, moving with the keyboard. */
final class PmoPages {

  private PmoPages() {}

  /** Logs in on Tasklist's login form (where a page sends a person not logged in); the demo password is the user id. */
  static void logInOnTasklistsForm(Page page, String user) {
    Locator username = page.locator("form[name=signinForm] input[ng-model=username]");
    username.waitFor();
    username.fill(user);
    page.locator("form[name=signinForm] input[ng-model=password]").fill(user);
    page.locator("form[name=signinForm] button[type=submit]").click();
  }

  /** Presses Tab until the element is focused (at most 40 times): how a keyboard user gets there. */
  static void tabTo(Page page, String selector) {
    for (int i = 0; i < 40; i++) {
      page.keyboard().press("Tab");
      if (Boolean.TRUE.equals(page.locator(selector).first().evaluate("element => element === document.activeElement"))) {
        return;
      }
    }
    throw new AssertionError("Tab never reached " + selector);
  }

  /**
   * Leaves only the table rows that name {@code text} on the page, for a manual picture: the other rows
   * are other tests' cases, and how many there are depends on which tests ran before.
   */
  static void showOnlyRowsWith(Page page, String text) {
    page.evaluate("text => document.querySelectorAll('#main table tbody tr').forEach("
        + "row => { if (!row.textContent.replace(/\\s+/g, ' ').includes(text)) row.style.display = 'none'; })", text);
  }
}
