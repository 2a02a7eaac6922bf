package io.pmoflow.onboarding;

import io.pmoflow.listing.ListPages;
import io.pmoflow.pages.CaseRow;
import io.pmoflow.project.ProjectCases;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The vendors working on a project (invited to its RFPs or named on its change requests) on its
 * page, with their onboarding's open steps. Vendors are not a project's cases of their own, so the
 * portfolio does not count them.
 */
@Component
@Order(3)
class VendorProjectCases implements ProjectCases {

  private final VendorList list;
  private final CurrentUser currentUser;

  VendorProjectCases(VendorList list, CurrentUser currentUser) {
    this.list = list;
    this.currentUser = currentUser;
  }

  @Override
  public String heading() {
    return "pages.project.vendors";
  }

  @Override
  public Optional<List<CaseRow>> ofProject(long projectId) {
    // the roles that see no vendors (VendorVisibility) see the section's note instead
    if (!currentUser.isInAny(PmoGroups.PMO, PmoGroups.SECURITY, PmoGroups.PM)) {
      return Optional.empty();
    }
    List<VendorListItem> vendors = ListPages.all(page ->
        list.page(VendorList.Query.read(new VendorListParameters(null, null, String.valueOf(projectId), null), page)));
    return Optional.of(vendors.stream()
        .flatMap(vendor -> CaseRow.of(vendor.code(), "/pmo/vendors/" + vendor.id(), vendor.company(),
            "pages.status.vendor." + vendor.status(), vendor.waitingOn()).stream())
        .toList());
  }

  @Override
  public Map<Long, List<CaseRow>> waitingByProject() {
    return Map.of();
  }
}
