package io.pmoflow.project;

import io.pmoflow.i18n.I18nSettings;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.Text;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FieldProblems;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers projects and keeps their dictionaries. */
@Service
public class ProjectService {

  private final ProjectRepository projects;
  private final DictionaryTermRepository terms;
  private final TermRevisionRepository revisions;
  private final People people;
  private final CurrentUser currentUser;
  private final ProjectVisibility visibility;
  private final I18nSettings i18n;
  private final Clock clock;

  ProjectService(
      ProjectRepository projects,
      DictionaryTermRepository terms,
      TermRevisionRepository revisions,
      People people,
      CurrentUser currentUser,
      ProjectVisibility visibility,
      I18nSettings i18n,
      Clock clock) {
    this.projects = projects;
    this.terms = terms;
    this.revisions = revisions;
    this.people = people;
    this.currentUser = currentUser;
    this.visibility = visibility;
    this.i18n = i18n;
    this.clock = clock;
  }

  @Transactional
  public Project register(NewProject request) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    checkPeople(request);
    if (projects.existsByCode(request.code())) {
      throw ApiException.conflict(Text.of("project.conflict.exists", request.code()).inRequestLanguage());
    }
    Locale language =
        request.language() == null ? i18n.defaultLanguage() : Languages.supported(request.language());
    return projects.save(new Project(request, language, currentUser.id(), clock.instant()));
  }

  /**
   * Changes the project's details (PMO only), with the checks of a registration. Its language
   * stays unless given; a new code must not be another project's.
   */
  @Transactional
  public Project change(long projectId, NewProject request) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Project project = find(projectId);
    checkPeople(request);
    if (!project.getCode().equals(request.code()) && projects.existsByCode(request.code())) {
      throw ApiException.conflict(Text.of("project.conflict.exists", request.code()).inRequestLanguage());
    }
    project.change(request);
    return project;
  }

  private void checkPeople(NewProject request) {
    new FieldProblems()
        .addIf(
            !people.isMember(request.projectManager(), PmoGroups.PM),
            "projectManager",
            Text.of("rule.not-a-pm"))
        .addIf(
            !people.isMember(request.pmoOwner(), PmoGroups.PMO),
            "pmoOwner",
            Text.of("rule.not-pmo"))
        .throwIfAny();
  }

  /** Sets the language the project's RFP document and its mails to vendors are written in. */
  @Transactional
  public Project changeLanguage(long projectId, String language) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Project project = find(projectId);
    project.language(Languages.supported(language));
    return project;
  }

  /** The project, for those who may see it ({@link ProjectVisibility}); vendors do not browse projects. */
  @Transactional(readOnly = true)
  public Project get(long id) {
    Project project = find(id);
    visibility.requireVisible(id);
    return project;
  }

  /** The project, without a role check: for the process features' own services. */
  @Transactional(readOnly = true)
  public Project find(long id) {
    return projects.findById(id).orElseThrow(() -> ApiException.notFound(Text.of("thing.project"), id));
  }

  @Transactional(readOnly = true)
  public List<DictionaryTerm> dictionary(long projectId) {
    return terms.findByProjectIdOrderByTermKey(get(projectId).getId());
  }

  /** Adds the term or changes its definition; returns true if the term is new. */
  @Transactional
  public boolean define(long projectId, String term, String definition) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    new FieldProblems()
        .addIf(term.isBlank() || term.length() > 200, "term", Text.of("project.rule.term"))
        .throwIfAny();
    Long id = find(projectId).getId();
    DictionaryTerm entry =
        terms.findByProjectIdAndTermKey(id, DictionaryTerm.keyOf(term)).orElse(null);
    boolean created = entry == null;
    if (created) {
      entry = new DictionaryTerm(id, term.strip());
    }
    entry.define(definition, currentUser.id(), clock.instant());
    terms.save(entry);
    revisions.save(new TermRevision(id, entry.getTerm(), definition, currentUser.id(), clock.instant()));
    return created;
  }

  @Transactional
  public void removeTerm(long projectId, String term) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    DictionaryTerm entry =
        terms
            .findByProjectIdAndTermKey(find(projectId).getId(), DictionaryTerm.keyOf(term))
            .orElseThrow(() -> ApiException.notFound(Text.of("thing.dictionary-term"), term));
    terms.delete(entry);
    revisions.save(new TermRevision(entry.getProjectId(), entry.getTerm(), null, currentUser.id(), clock.instant()));
  }

  /** Every definition the term has had, newest first, its removals included. */
  @Transactional(readOnly = true)
  public List<TermRevision> history(long projectId, String term) {
    return revisions.findByProjectIdAndTermKeyOrderByIdDesc(get(projectId).getId(), DictionaryTerm.keyOf(term));
  }

  /** Every change to the project's dictionary, newest first. */
  @Transactional(readOnly = true)
  public List<TermRevision> dictionaryHistory(long projectId) {
    return revisions.findByProjectIdOrderByIdDesc(get(projectId).getId());
  }
}
