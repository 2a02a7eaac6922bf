package io.pmoflow.rfp;

import io.pmoflow.document.DocumentStore;
import io.pmoflow.document.DocumentVersion;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What a reviewer's form shows of the RFP: title, summary, document version and its link. */
@Component
class RfpReviewFormData {

  private final RfpSteps steps;
  private final DocumentStore documents;
  private final String baseUrl;

  RfpReviewFormData(RfpSteps steps, DocumentStore documents, @Value("${pmoflow.base-url}") String baseUrl) {
    this.steps = steps;
    this.documents = documents;
    this.baseUrl = baseUrl;
  }

  void show(DelegateTask task, long rfpId) {
    Rfp rfp = steps.rfp(rfpId);
    int version = documents.latest(rfp.documentKey()).map(DocumentVersion::getVersion).orElse(0);
    task.setVariableLocal("rfpTitle", rfp.getTitle());
    task.setVariableLocal("rfpSummary", summary(rfp));
    task.setVariableLocal("documentLink", baseUrl + "/api/rfps/" + rfpId + "/document/versions/" + version);
    task.setVariableLocal("decision", null);
    task.setVariableLocal("comments", "");
  }

  private static String summary(Rfp rfp) {
    return "Scope: " + rfp.getScope() + "\n"
        + rfp.getRequirements().size() + " requirements, " + rfp.getDeliverables().size() + " deliverables, "
        + rfp.getCriteria().size() + " criteria, " + rfp.getVendors().size() + " invited vendors.\n"
        + "Proposals due " + rfp.getProposalDeadline() + "; award " + rfp.getAwardDate() + ".\n"
        + "Personal data in scope: " + (rfp.isPersonalData() ? "yes" : "no")
        + "; production access: " + (rfp.isProductionAccess() ? "yes" : "no") + ".";
  }
}
