package io.pmoflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.pmoflow.forms.FormTexts;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.Text;
import io.pmoflow.i18n.WebappLocales;
import io.pmoflow.process.DefinitionNames;
import java.util.Map;

/**
 * Camunda's webapps as a person uses them: log in, pick a filter, claim and complete a task. A
 * person reading Japanese ({@link #readingJapanese}) is given the same English names of fields,
 * choices and buttons; they are looked up as that person reads them (the forms' and Tasklist's
 * Japanese catalogs), so one journey step serves both languages.
 */
public class Webapps {

  private final Page page;
  private final String baseUrl;
  private final boolean japanese;

  public Webapps(Page page, String baseUrl) {
    this(page, baseUrl, false);
  }

  private Webapps(Page page, String baseUrl, boolean japanese) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.japanese = japanese;
  }

  /** The same person's webapps as they read them in Japanese (the page speaks Japanese). */
  public Webapps readingJapanese() {
    return new Webapps(page, baseUrl, true);
  }

  /** A form's English text (label, choice) as this person reads it. */
  public String shown(String formText) {
    return japanese ? JapaneseForms.TEXTS.getOrDefault(formText, formText) : formText;
  }

  /** A Tasklist button's text as this person reads it: its label key in Tasklist's locale file, or English. */
  private String button(String labelKey, String english) {
    return japanese ? WebappLocales.label("tasklist", "ja", labelKey) : english;
  }

  private static final class JapaneseForms {
    static final Map<String, String> TEXTS = FormTexts.japaneseCatalog();
    static final DefinitionNames PROCESS_NAMES = DefinitionNames.japanese();
  }

  public Page page() {
    return page;
  }

  /** Opens the app (tasklist, cockpit, admin) and logs in; the password of a demo user is its id. */
  public Webapps login(String app, String user) {
    page.navigate(baseUrl + "/camunda/app/" + app + "/");
    // found by what they are, not by their labels: the login page speaks the browser's language
    Locator username = page.locator("form[name=signinForm] input[ng-model=username]");
    try {
      username.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    } catch (com.microsoft.playwright.TimeoutError e) {
      // seen on the busy shared machine: the login page still blank 30 s (once: 60 s) after opening it
      System.err.println("The " + app + " login page is not shown 30 s after opening " + page.url()
          + " (the page says: " + page.locator("body").innerText().replaceAll("\\s+", " ") + "); reloading it");
      page.reload();
    }
    for (int attempt = 1; ; attempt++) {
      username.fill(user);
      page.locator("form[name=signinForm] input[ng-model=password]").fill(user);
      page.locator("form[name=signinForm] button[type=submit]").click();
      if (attempt == 3 || leftTheLoginPage(20_000)) {
        return this;
      }
      // on the busy shared machine a click on "Log in" has been seen to do nothing (the page still
      // asking to log in a minute later, no message): log in again
    }
  }

  /** Whether the webapp has moved on from its login page, or said why not (e.g. no access). */
  private boolean leftTheLoginPage(long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      if (!page.url().contains("/login") || notifications().count() > 0) {
        return true;
      }
      page.waitForTimeout(250);
    }
    return false;
  }

  /**
   * Waits until Tasklist shows its filters after logging in: up to a minute, as the shared machine
   * running the journeys is often busy (a login has taken longer than an assertion's 5 s).
   */
  public Webapps waitForFilters() {
    try {
      filter("My groups' tasks").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
    } catch (com.microsoft.playwright.PlaywrightException e) {
      throw new AssertionError("Tasklist shows no filters a minute after logging in; at " + page.url()
          + " the page says: " + page.locator("body").innerText().replaceAll("\\s+", " "), e);
    }
    return this;
  }

  /** A filter by its English name ("My tasks"); a Japanese page shows it in Japanese. */
  public Locator filter(String name) {
    return page.locator(".task-filter .name").filter(new Locator.FilterOptions().setHasText(shownName(name)));
  }

  /** The filter's name as this page shows it: its text in Japanese too, where PMO Flow names it. */
  private static java.util.regex.Pattern shownName(String name) {
    String japanese = switch (name) {
      case "My tasks" -> Text.of("tasklist.filter.my-tasks").in(Languages.JAPANESE);
      case "My groups' tasks" -> Text.of("tasklist.filter.my-groups-tasks").in(Languages.JAPANESE);
      default -> name;
    };
    // not anchored: the chosen filter's name is followed by its count of tasks
    return java.util.regex.Pattern.compile(literal(name) + "|" + literal(japanese));
  }

  public Webapps openFilter(String name) {
    filter(name).click();
    return this;
  }

  /**
   * Opens a filter and waits until it is the chosen one and Tasklist has listed its tasks or said
   * it has none: only then can a test tell that a task is not in it.
   */
  public Webapps openFilterAndWaitForList(String name) {
    openFilter(name);
    page.locator(".task-filter.active .name").filter(new Locator.FilterOptions().setHasText(shownName(name))).waitFor();
    return waitForTaskList();
  }

  /** Waits until the task list shows its tasks or says it has none (not "Loading…"). */
  public Webapps waitForTaskList() {
    taskList().locator(".task, .well").first().waitFor();
    return this;
  }

  /**
   * Scrolls the task's pane to its end (the form's buttons in view). Tasklist keeps the scroll
   * position of the task before, so without this a picture shows the form at either end.
   */
  public Webapps scrollTaskToEnd() {
    page.locator(".task-details .fjs-container").evaluate(
        "form => { for (let p = form.parentElement; p; p = p.parentElement) {"
            + " if (p.scrollHeight > p.clientHeight && /auto|scroll/.test(getComputedStyle(p).overflowY)) {"
            + " p.scrollTop = p.scrollHeight; return; } } }");
    return this;
  }

  public Locator taskList() {
    return page.locator(".tasks-list");
  }

  public Webapps openTask(String taskName) {
    taskList().locator(".task").filter(new Locator.FilterOptions().setHasText(taskName)).first().click();
    return this;
  }

  /**
   * Claims the open task and waits until its form is editable: claiming renders the form again,
   * and whatever is typed before that is lost.
   */
  public Webapps claim() {
    Locator claim = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button("CLAIM_TASK", "Claim")));
    claim.click();
    claim.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
    return editable();
  }

  /** Waits until the open task's form can be filled in (a task assigned to the person needs no claim). */
  public Webapps editable() {
    // not a select's hidden input (never visible): a form may begin with a select
    page.locator(".fjs-container textarea:not([disabled]), .fjs-container input:not([disabled]):not(.fjs-select-hidden-input)").first().waitFor();
    return settled();
  }

  /**
   * Loads the open task once more, as a person does when a button does nothing. Tasklist 7.24
   * renders a task's form again when it is claimed (and sometimes twice when it opens); when an
   * earlier rendering finishes last, Complete submits that one, which still holds the values from
   * before, and nothing happens. Measured in these journeys; a fresh load renders the form once.
   */
  private Webapps settled() {
    page.reload();
    page.locator(".task-details .fjs-container").waitFor();
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    return this;
  }

  /** A field of the task's or start event's Camunda Form, found by its label. */
  public Locator field(String label) {
    return page.locator(".fjs-container").getByLabel(shown(label), new Locator.GetByLabelOptions().setExact(true));
  }

  /** The "Complete" button under a task's form. */
  public Locator completeButton() {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button("COMPLETE", "Complete")));
  }

  public Webapps complete() {
    leaveTheField();
    completeButton().click();
    return this;
  }

  /**
   * Leaves the field last typed in and lets form-js take the text: form-js 1.8.7 applies typed
   * text 300 ms after the last key (useFlushDebounce) or when the field is left. A click sooner
   * than that submitted the form without the text — a lost reason, or (for a required field)
   * nothing at all. Measured in these journeys.
   */
  private void leaveTheField() {
    page.evaluate("document.activeElement && document.activeElement.blur()");
    page.waitForTimeout(400);
  }

  /**
   * Completes the open task and waits for the engine's answer to Tasklist's submission; a
   * refusal fails with its text as Tasklist shows it.
   */
  public Webapps completeTask() {
    Response answer = page.waitForResponse(r -> r.url().endsWith("/submit-form"),
        new Page.WaitForResponseOptions().setTimeout(10_000), this::complete);
    if (answer.status() != 204) {
      throw new AssertionError("Tasklist could not complete the task (" + answer.status() + "): " + answer.text());
    }
    return this;
  }

  /**
   * Fills the open task's form and completes it. Should Tasklist send nothing on Complete (seen
   * before typed text was applied first, see {@link #complete}), loads the task again, fills it
   * again and completes it, once, as a person would; the build log says when that happened.
   */
  public Webapps fillAndComplete(Runnable fill) {
    fill.run();
    try {
      return completeTask();
    } catch (com.microsoft.playwright.TimeoutError nothingSent) {
      System.out.println("Tasklist sent nothing on Complete; loading the task again (" + page.url() + ")");
      settled();
      fill.run();
      return completeTask();
    }
  }

  /** "Start process" (top right), then the process by its English name (its Japanese one too, for a Japanese reader): its start form opens. */
  public Webapps startProcess(String processName) {
    String shownName = japanese ? JapaneseForms.PROCESS_NAMES.translated(processName) : processName;
    page.locator(".start-process-action a").first().click();
    page.locator(".modal-dialog").getByText(shownName, new Locator.GetByTextOptions().setExact(true)).first().click();
    page.locator(".modal-dialog .fjs-container").waitFor();
    return this;
  }

  /** The "Start" button under a start form (「開始」 in Japanese). */
  public Locator startButton() {
    return page.locator(".modal-dialog")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^(Start|開始)$")));
  }

  public Webapps submitStartForm() {
    leaveTheField();
    startButton().click();
    return this;
  }

  /** The link to the task with this id in the current list (none when the list does not show it). */
  public Locator taskLink(String taskId) {
    return taskList().locator(".task a[href*='task=" + taskId + "']");
  }

  /** Opens the task with this id in the current list, as if clicked (for lists shared with others). */
  public Webapps openTaskById(String taskId) {
    taskLink(taskId).first().click();
    page.locator(".task-details .fjs-container").waitFor();
    return settled();
  }

  /**
   * A form field by its label, whether or not the form marks it required (Tasklist then shows
   * the label as "Title*").
   */
  public Locator input(String label) {
    return formField(label).locator("input:not([type=hidden]), textarea").first();
  }

  /**
   * Types the value into the field and makes sure the form kept it: on a busy machine form-js has
   * re-rendered a form between the typing and its debounced update, and the text was gone (measured:
   * an empty "New text of the section" and a disabled Start). Typed again, up to three times.
   */
  public Webapps fillKept(String label, String value) {
    return fillKept(input(label), value);
  }

  /** {@link #fillKept(String, String)} for a field found otherwise (e.g. {@link #inputWithId}). */
  public Webapps fillKept(Locator input, String value) {
    for (int attempt = 0; attempt < 3; attempt++) {
      input.fill(value);
      leaveTheField();
      if (value.equals(input.inputValue())) {
        return this;
      }
    }
    throw new AssertionError("The form did not keep \"" + value + "\" in " + input);
  }

  /**
   * A form field by its id in the .form file (form-js names its element fjs-form-&lt;form&gt;-&lt;id&gt;):
   * for journeys whose labels are in another language.
   */
  public Locator inputWithId(String fieldId) {
    return page.locator(".fjs-container").locator("input[id$='-" + fieldId + "'], textarea[id$='-" + fieldId + "']").first();
  }

  /** What a read-only choice (a disabled select) shows: the chosen value's label. */
  public Locator shownChoice(String label) {
    return formField(label).locator(".fjs-select-display").first();
  }

  private Locator formField(String label) {
    return page.locator(".fjs-container .fjs-form-field")
        .filter(new Locator.FilterOptions().setHas(
            page.locator(".fjs-form-field-label").filter(
                new Locator.FilterOptions().setHasText(requiredOrNot(shown(label))))));
  }

  private static java.util.regex.Pattern requiredOrNot(String label) {
    return java.util.regex.Pattern.compile("^\\s*" + literal(label) + "\\s*\\*?\\s*$");
  }

  // written out, not Pattern.quote: the browser evaluates a pattern as a JavaScript regex (no \\Q..\\E)
  private static String literal(String text) {
    return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
  }

  /** Picks an option of a form's dropdown (select) field by the option's text. */
  public Webapps choose(String label, String option) {
    formField(label).locator(".fjs-input-group").click();
    page.locator(".fjs-container .fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(shown(option))).first().click();
    return this;
  }

  /** Picks one choice of a form's radio group (or ticks a checkbox) by the choice's text. */
  public Webapps pick(String choice) {
    page.locator(".fjs-container").getByLabel(shown(choice), new Locator.GetByLabelOptions().setExact(true)).check();
    return this;
  }

  /** The plain-words messages a Camunda Form shows under fields it refuses. */
  public Locator validationMessages() {
    return page.locator(".fjs-container .fjs-form-field-error");
  }

  /** The message shown under one field of the form, found by the field's label. */
  public Locator validationMessage(String label) {
    return formField(label).locator(".fjs-form-field-error");
  }

  /**
   * A server's refusal as PMO Flow's Tasklist customisation shows it: inside the form field it
   * names, under the field (scripts/pmoflow/refusals.js).
   */
  public Locator refusalAt(String label) {
    return formField(label).locator(".pmoflow-refusal[role=alert]");
  }

  /** Every refusal shown at a field of the open form. */
  public Locator refusalsAtFields() {
    return page.locator(".fjs-container .pmoflow-refusal");
  }

  /** The message after a start from Tasklist: the case's key and where to follow it (scripts/pmoflow/started.js). */
  public Locator startedCase() {
    return page.locator(".pmoflow-case-started");
  }

  /** Closes the message after a start, so that later pictures of this page do not show it. */
  public Webapps closeStartedCase() {
    startedCase().locator("button.close").click();
    return this;
  }

  /** Reloads the page and waits until the open task's form is shown again (with what Tasklist restores). */
  public Webapps reloadTask() {
    page.reload();
    page.locator(".task-details .fjs-container").waitFor();
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    return this;
  }

  /** The pop-up messages of the webapps (success, errors such as a refused completion). */
  public Locator notifications() {
    return page.locator(".notifications .alert, .notifications .notification, [cam-notifications] .alert");
  }

  /** Closes the pop-up messages (a refusal's message covers the Complete button). */
  public Webapps dismissNotifications() {
    Locator close = page.locator(".notifications .close:visible, [cam-notifications] .close:visible");
    while (close.count() > 0) {
      close.first().click();
    }
    return this;
  }

  // --- the user menu (every app)

  /** The languages the user menu offers, the one shown marked active. */
  public Locator languageChoices() {
    openUserMenu();
    return page.locator("li.account li.pmoflow-language");
  }

  /** Chooses a language in the user menu (日本語, English) and waits until the page shows it. */
  public Webapps chooseLanguage(String name, String languageTag) {
    openUserMenu();
    page.locator("li.account li.pmoflow-language a").filter(new Locator.FilterOptions().setHasText(name)).click();
    return waitForUserMenu(languageTag);
  }

  /**
   * Waits until the page, (re)loaded, shows the logged-in person's menu in that language: 30 s, then
   * once more after loading the page again. Seen on the busy shared machine: a page left blank, the
   * browser refusing its scripts because their nonce differed from the page's Content-Security-Policy
   * (as with the blank login page in {@link #login}).
   */
  public Webapps waitForUserMenu(String languageTag) {
    Locator menu = page.locator("html[lang=" + languageTag + "] li.account");
    try {
      menu.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
      return this;
    } catch (com.microsoft.playwright.TimeoutError e) {
      System.err.println("No user menu in language " + languageTag + " 30 s after loading " + page.url()
          + " (the page says: " + page.locator("body").innerText().replaceAll("\\s+", " ") + "); reloading it");
      page.reload();
    }
    try {
      menu.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    } catch (com.microsoft.playwright.PlaywrightException e) {
      throw new AssertionError("No user menu in language " + languageTag + " after loading " + page.url()
          + " twice (html lang=" + page.evaluate("document.documentElement.lang") + "); the page says: "
          + page.locator("body").innerText().replaceAll("\\s+", " "), e);
    }
    return this;
  }

  private void openUserMenu() {
    Locator menu = page.locator("li.account .dropdown-menu");
    if (!menu.isVisible()) {
      page.locator("li.account .dropdown-toggle").click();
      menu.waitFor();
    }
  }

  // --- Cockpit

  /** Cockpit → Processes → the process definition by its name (its diagram and running instances). */
  public Webapps openProcessDefinition(String processName) {
    page.navigate(baseUrl + "/camunda/app/cockpit/default/#/processes");
    page.locator("table").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(processName).setExact(true)).first().click();
    page.locator(".diagram-holder, [cam-widget-bpmn-viewer]").first().waitFor();
    return this;
  }

  /** Cockpit's page of one process instance, on the given tab (e.g. incidents-tab). */
  public Webapps openProcessInstance(String processInstanceId, String tab) {
    page.navigate(baseUrl + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime?tab=" + tab);
    page.locator(".diagram-holder, [cam-widget-bpmn-viewer]").first().waitFor();
    return this;
  }

  /**
   * What varies in a Tasklist picture: {@link #volatileParts()}, the task list (the database is
   * shared with other tests) and whatever else is given.
   */
  public Locator[] volatilePartsAndTaskList(Locator... more) {
    java.util.List<Locator> all = new java.util.ArrayList<>(java.util.List.of(volatileParts()));
    all.add(taskList());
    all.addAll(java.util.List.of(more));
    return all.toArray(Locator[]::new);
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
