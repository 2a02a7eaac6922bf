package io.pmoflow.project;

import static io.pmoflow.pages.TypedValues.amount;
import static io.pmoflow.pages.TypedValues.date;
import static io.pmoflow.pages.TypedValues.text;

import io.pmoflow.pages.FieldErrors;
import io.pmoflow.web.FullWidth;

/**
 * The project form of the pages, as typed: every value is kept as text, so that a refused form shows
 * exactly what was typed. {@link #read} turns it into the API's {@link NewProject}, whose rules then
 * judge it.
 */
public class ProjectForm {

  private String code = "";
  private String name = "";
  private String clientDepartment = "";
  private String projectManager = "";
  private String pmoOwner = "";
  private String budget = "";
  private String plannedStart = "";
  private String plannedEnd = "";
  private String language = "";

  static ProjectForm of(Project project) {
    ProjectForm form = new ProjectForm();
    form.code = project.getCode();
    form.name = project.getName();
    form.clientDepartment = project.getClientDepartment();
    form.projectManager = project.getProjectManager();
    form.pmoOwner = project.getPmoOwner();
    form.budget = project.getBudget().toPlainString();
    form.plannedStart = project.getPlannedStart().toString();
    form.plannedEnd = project.getPlannedEnd().toString();
    form.language = project.language().getLanguage();
    return form;
  }

  /**
   * The request these values make. A number or date that cannot be read is noted in {@code errors}
   * and left out, so the request's own rules still speak about every other field.
   */
  NewProject read(FieldErrors errors, String notANumber, String notADate) {
    return new NewProject(
        text(FullWidth.toHalfWidth(code)),
        text(name),
        text(clientDepartment),
        text(projectManager),
        text(pmoOwner),
        amount(budget, "budget", errors, notANumber),
        date(plannedStart, "plannedStart", errors, notADate),
        date(plannedEnd, "plannedEnd", errors, notADate),
        text(language));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getClientDepartment() {
    return clientDepartment;
  }

  public void setClientDepartment(String clientDepartment) {
    this.clientDepartment = clientDepartment;
  }

  public String getProjectManager() {
    return projectManager;
  }

  public void setProjectManager(String projectManager) {
    this.projectManager = projectManager;
  }

  public String getPmoOwner() {
    return pmoOwner;
  }

  public void setPmoOwner(String pmoOwner) {
    this.pmoOwner = pmoOwner;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public String getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(String plannedStart) {
    this.plannedStart = plannedStart;
  }

  public String getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(String plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
