package io.pmoflow.evaluation;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.i18n.Text;
import io.pmoflow.specchange.ChangeRequestService;
import io.pmoflow.specchange.ChangeRequestViews.NewChangeRequest;
import io.pmoflow.specchange.ChangeRequestViews.SectionChange;
import io.pmoflow.specchange.ChangeType;
import io.pmoflow.specchange.RequesterRole;
import io.pmoflow.specchange.SpecService;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The spec change a PM asks for as they accept a recommendation: the sections of the project's
 * specification to choose from, and the change request itself, started in the PM's name through the
 * spec change's own service (its checks, its process), so that a refusal fails the PM's answer.
 */
@Service
class SpecChangeFollowUp {

  /** The request's fields under the review form's labels (forms/evaluation-recommendation-review.form). */
  private static final Map<String, String> LABELS = Map.of(
      "projectId", "Next step",
      "title", "Title of the change",
      "reason", "Comment",
      "changes", "Section to change",
      "changes[0].sectionKey", "Section to change",
      "changes[0].newText", "New text of the section");

  private final ChangeRequestService changes;
  private final SpecService spec;

  SpecChangeFollowUp(ChangeRequestService changes, SpecService spec) {
    this.changes = changes;
    this.spec = spec;
  }

  /** The current specification's sections as the select's options ({@code KEY: title}); none while the project has no specification. */
  List<Map<String, String>> sectionOptions(long projectId) {
    return spec.currentSections(projectId).stream()
        .map(section -> Map.of("label", section.key() + ": " + section.title(), "value", section.key()))
        .toList();
  }

  /** Requests the change in the PM's name, on behalf of the PM; returns its key ({@code CR-12}). */
  String request(Evaluation evaluation, String recommended, String pm, String comment, SpecChangeDraft draft) {
    String title = draft == null || draft.title() == null ? null : draft.title().strip();
    NewChangeRequest input = new NewChangeRequest(
        evaluation.projectId(), title,
        Text.of("evaluation.spec-change.description", evaluation.key(), recommended, evaluation.question()).inRequestLanguage(),
        comment == null || comment.isBlank() ? null : comment.strip(),
        RequesterRole.PM, ChangeType.NORMAL, null, null,
        List.of(new SectionChange(draft == null ? null : draft.sectionKey(), null, draft == null ? null : draft.newText())));
    try {
      return "CR-" + changes.submitFor(input, pm).id();
    } catch (InvalidInputException refused) {
      throw FormInputRefused.labelled(refused, LABELS);
    } catch (ApiException refused) {
      throw new FormInputRefused(refused.getMessage());
    }
  }
}
