package io.pmoflow.evaluation;

import io.pmoflow.document.DocumentStore;
import io.pmoflow.document.DocumentVersion;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.i18n.Texts;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.MailText;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.rfp.RfpService;
import io.pmoflow.security.People;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.PublicAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendation: the PMO writes which candidate fits and why on the generated comparison;
 * a versioned PDF "which option fits, and why" in the project's language goes to the PM, who
 * accepts it (and may ask for an RFP or a spec change as the next step) or asks for more.
 */
@Service
public class EvaluationRecommendations {

  static final String TEMPLATE = "evaluation-recommendation.html";
  public static final String NO_FOLLOW_UP = "none";
  public static final String RFP = "rfp";
  public static final String SPEC_CHANGE = "spec-change";
  private static final List<String> FOLLOW_UPS = List.of(NO_FOLLOW_UP, RFP, SPEC_CHANGE);

  private final Evaluations evaluations;
  private final DocumentStore documents;
  private final ProjectService projects;
  private final People people;
  private final MailOutbox outbox;
  private final Texts texts;
  private final PublicAddress address;
  private final RfpService rfps;
  private final SpecChangeFollowUp specChanges;
  private final Clock clock;

  EvaluationRecommendations(
      Evaluations evaluations, DocumentStore documents, ProjectService projects, People people, MailOutbox outbox,
      Texts texts, PublicAddress address, RfpService rfps, SpecChangeFollowUp specChanges, Clock clock) {
    this.rfps = rfps;
    this.specChanges = specChanges;
    this.evaluations = evaluations;
    this.documents = documents;
    this.projects = projects;
    this.people = people;
    this.outbox = outbox;
    this.texts = texts;
    this.address = address;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public EvaluationComparison comparison(long id) {
    return EvaluationComparison.of(evaluations.candidates(id), evaluations.criteria(id), evaluations.scores(id));
  }

  /** What the PMO's form shows: the comparison in words, and the moderation and the PM's last answer if any. */
  @Transactional(readOnly = true)
  public String comparisonInWords(long id, Locale language) {
    StringBuilder words = new StringBuilder(comparison(id).inWords(language));
    for (Evaluation.Decision d : evaluations.trail(id)) {
      if (("moderation".equals(d.step()) || "pm-review".equals(d.step())) && d.reason() != null) {
        words.append("\n\n").append(Text.of("evaluation.text.said", Text.of("evaluation.step." + d.step()), d.actor(), d.reason())
            .in(language));
      }
    }
    return words.toString();
  }

  /** The PMO's recommendation: one of the candidates, why, and the risks. */
  @Transactional
  public void write(long id, String actor, String candidateCode, String recommendation, String risks) {
    boolean known = evaluations.candidates(id).stream().anyMatch(c -> c.code().equals(candidateCode));
    if (!known) {
      throw new FormInputRefused(Text.of("evaluation.refused.no-such-candidate", String.valueOf(candidateCode),
          String.join(", ", evaluations.candidates(id).stream().map(Evaluation.Candidate::code).toList())).inRequestLanguage());
    }
    if (recommendation == null || recommendation.isBlank()) {
      throw new FormInputRefused(Text.of("evaluation.refused.recommendation-missing").inRequestLanguage());
    }
    evaluations.recommendation(id, candidateCode, recommendation.strip(), risks == null ? null : risks.strip());
    evaluations.status(id, EvaluationStatus.AWAITING_PM);
    evaluations.record(id, "recommendation", candidateCode, actor, clock.instant(), recommendation.strip());
  }

  /**
   * Renders the next version of the PDF in the project's language and mails it to the PM. A retry
   * of the step renders no second version for the same recommendation and mails once.
   */
  @Transactional
  public DocumentVersion send(long id) {
    Evaluation evaluation = evaluations.find(id);
    Project project = projects.find(evaluation.projectId());
    String key = documentKey(id);
    int round = (int) evaluations.trail(id).stream().filter(d -> "recommendation".equals(d.step())).count();
    DocumentVersion version = documents.latest(key).filter(v -> v.getVersion() == round).orElseGet(() ->
        documents.generate(key, evaluation.label(), TEMPLATE,
            Map.of("evaluation", evaluation, "project", project, "comparison", comparison(id),
                "recommended", recommendedName(evaluation), "version", round, "generatedAt", clock.instant()),
            project.language(), "pmo-flow"));
    people.user(project.getProjectManager())
        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
        .ifPresent(pm -> {
          LanguageTexts text = texts.in(project.language());
          outbox.enqueue(MailText.of(text, "evaluation.mail.recommendation", new Object[] {evaluation.key()},
                  MailText.greeting(pm), evaluation.label(), recommendedName(evaluation), String.valueOf(version.getVersion()),
                  address.baseUrl() + "/api/evaluations/" + id + "/recommendation")
              .to(key + "/v" + version.getVersion() + "/" + pm.getId(), pm.getEmail())
              .withAttachment(evaluation.key() + "-recommendation-v" + version.getVersion() + ".pdf", "application/pdf", version.getPdf()));
        });
    return version;
  }

  /**
   * The PM's answer: accept (with the next step they want: none, an RFP or a spec change) or ask for
   * more. A spec change is requested at once, in the PM's name, from what they wrote on the form
   * ({@code change}); if the spec change's checks refuse it, the answer is refused with them.
   *
   * @return whether the PMO must work on the recommendation again
   */
  @Transactional
  public boolean answer(long id, String actor, boolean accepted, String comment, String followUp, SpecChangeDraft change) {
    if (!accepted && (comment == null || comment.isBlank())) {
      throw new FormInputRefused(Text.of("evaluation.refused.more-what").inRequestLanguage());
    }
    String next = followUp == null || followUp.isBlank() ? NO_FOLLOW_UP : followUp;
    if (accepted && !FOLLOW_UPS.contains(next)) {
      throw new FormInputRefused(Text.of("evaluation.refused.follow-up", next).inRequestLanguage());
    }
    evaluations.record(id, "pm-review", accepted ? "accepted" : "more needed", actor, clock.instant(),
        comment == null || comment.isBlank() ? null : comment.strip());
    if (accepted && SPEC_CHANGE.equals(next)) {
      Evaluation evaluation = evaluations.find(id);
      String key = specChanges.request(evaluation, recommendedName(evaluation), actor, comment, change);
      evaluations.status(id, EvaluationStatus.ACCEPTED);
      evaluations.followUp(id, SPEC_CHANGE, key);
      evaluations.record(id, "follow-up", key, actor, clock.instant(), null);
    } else if (accepted) {
      evaluations.status(id, EvaluationStatus.ACCEPTED);
      evaluations.followUp(id, next, null);
    } else {
      evaluations.status(id, EvaluationStatus.RECOMMENDING);
    }
    return !accepted;
  }

  /**
   * Starts what the PM chose after accepting: an RFP draft for the project, in the name of the
   * project's PMO, titled after the recommended candidate (a spec change was requested with the PM's
   * answer). Runs once however often the step is retried.
   */
  @Transactional
  public void startFollowUp(long id) {
    Evaluation evaluation = evaluations.find(id);
    if (!RFP.equals(evaluation.followUp()) || evaluation.followUpCase() != null) {
      return;
    }
    Project project = projects.find(evaluation.projectId());
    String rfpKey = rfps.startDraft(project.getId(), "RFP: " + recommendedName(evaluation), project.getPmoOwner());
    evaluations.followUp(id, RFP, rfpKey);
    evaluations.record(id, "follow-up", rfpKey, "pmo-flow", clock.instant(), null);
  }

  /** The sections a spec change may change, as the PM's form offers them. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> specSections(long id) {
    return specChanges.sectionOptions(evaluations.find(id).projectId());
  }

  /** What the PM's form shows: the recommendation and where its PDF is. */
  @Transactional(readOnly = true)
  public String recommendationShown(long id) {
    Evaluation evaluation = evaluations.find(id);
    return recommendedName(evaluation) + "\n\n" + evaluation.recommendation()
        + (evaluation.risks() == null || evaluation.risks().isBlank() ? "" : "\n\n" + evaluation.risks());
  }

  @Transactional(readOnly = true)
  public DocumentVersion latest(long id) {
    return documents.latest(documentKey(id)).orElseThrow(() -> ApiException.notFound(Text.of("thing.recommendation"), id));
  }

  private String recommendedName(Evaluation evaluation) {
    return evaluations.candidates(evaluation.id()).stream()
        .filter(c -> c.code().equals(evaluation.recommendedCode()))
        .map(c -> c.name() + " (" + c.code() + ")")
        .findFirst()
        .orElse(String.valueOf(evaluation.recommendedCode()));
  }

  static String documentKey(long id) {
    return "evaluation-" + id + "/recommendation";
  }

  /** The candidates as the recommendation form's choices: name and code, the code chosen. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> candidateChoices(long id) {
    return evaluations.candidates(id).stream()
        .map(c -> Map.of("label", c.name() + " (" + c.code() + ")", "value", c.code()))
        .toList();
  }
}
