package io.pmoflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Camunda's webapps as a person uses them: log in, pick a filter, claim and complete a task. */
public class Webapps {

  private final Page page;
  private final String baseUrl;

  public Webapps(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public Page page() {
    return page;
  }

  /** Opens the app (tasklist, cockpit, admin) and logs in; the password of a demo user is its id. */
  public Webapps login(String app, String user) {
    page.navigate(baseUrl + "/camunda/app/" + app + "/");
    page.getByPlaceholder("Username", new Page.GetByPlaceholderOptions().setExact(true)).fill(user);
    page.getByPlaceholder("Password", new Page.GetByPlaceholderOptions().setExact(true)).fill(user);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    return this;
  }

  public Locator filter(String name) {
    return page.locator(".task-filter .name").filter(new Locator.FilterOptions().setHasText(name));
  }

  public Webapps openFilter(String name) {
    filter(name).click();
    return this;
  }

  public Locator taskList() {
    return page.locator(".tasks-list");
  }

  public Webapps openTask(String taskName) {
    taskList().locator(".task").filter(new Locator.FilterOptions().setHasText(taskName)).first().click();
    return this;
  }

  public Webapps claim() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
    return this;
  }

  /** A field of the task's or start event's Camunda Form, found by its label. */
  public Locator field(String label) {
    return page.locator(".fjs-container").getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
  }

  public Webapps complete() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).click();
    return this;
  }

  /** What varies between runs (counters, dates, times): masked in manual screenshots. */
  public Locator[] volatileParts() {
    return new Locator[] {
      page.locator(".task-filter .counter"),
      page.locator(".task .created, .task .followup, .task .due, [am-time-ago], .time-ago"),
      page.locator(".dashboard [cam-pie-chart], .dashboard .stats-section .value")
    };
  }
}
